// Sizes of the built site: what a reader downloads before the first screen, and the lazy chunks.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { modulesFor, moduleStartOf } from '../route-preload';

export interface BundleSizes {
  /** Gzipped JS the home page loads before it can render (entry + its static imports). */
  initialJs: number;
  /** Gzipped JS for opening an episode on top of that (engine, ink runtime, story, motion features). */
  chunks: { file: string; gzip: number }[];
  /** Files a reader can load (anything but the open page, #/apri) that contain ink compiler code (must be none). */
  compilerFound: string[];
  /** Where the compiler is: the open page's worker, fetched by #/apri only. */
  compilerIn: string[];
}

const gzip = (file: string) => gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** Strings only inkjs's compiler has: its parser's error messages. */
const COMPILER = /Recursive INCLUDE detected|Expected some kind of logic/;

/** The open page's chunk: the one way to the compiler (its worker), and no reader goes through it. */
const OPEN_PAGE = /^OpenScreen-[\w-]+\.js$/;

/** The app's modules a built site starts (scripts/route-preload.ts's start script), as asset file names. */
function entryFiles(dist: string): string[] {
  return moduleStartOf(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).app.map((href) => path.basename(href));
}

/** What an episode's link starts at once (entry, its static imports, engine, the story), as asset file names. */
export function episodeLinkFiles(dist: string, episode: string): string[] {
  const start = moduleStartOf(fs.readFileSync(path.join(dist, 'index.html'), 'utf8'));
  if (!start.stories[episode]) throw new Error(`no story chunk for episode ${episode}`);
  return modulesFor(start, `#/episodio/${episode}`).map((href) => path.basename(href));
}

/** Gzipped bytes of some of a built site's assets. */
export const gzipOfAssets = (dist: string, files: string[]) => files.reduce((n, f) => n + gzip(path.join(dist, 'assets', f)), 0);

/**
 * Every JS file a reader can load without opening #/apri: from the entry, every asset a file names (a
 * static or dynamic import, a preload list, a worker's URL), followed through the built files, except
 * into the open page's chunk.
 */
export function readerFiles(dist: string): string[] {
  const assets = path.join(dist, 'assets');
  const all = fs.readdirSync(assets).filter((f) => f.endsWith('.js'));
  const reached = new Set<string>();
  const queue = entryFiles(dist);
  while (queue.length) {
    const file = queue.pop()!;
    if (reached.has(file) || OPEN_PAGE.test(file) || !all.includes(file)) continue;
    reached.add(file);
    const text = fs.readFileSync(path.join(assets, file), 'utf8');
    for (const other of all) if (other !== file && text.includes(other)) queue.push(other);
  }
  return [...reached].sort();
}

/** Reads dist/index.html's start script for the entry and its static imports. */
export function bundleSizes(dist: string): BundleSizes {
  const assets = path.join(dist, 'assets');
  const all = fs.readdirSync(assets).filter((f) => f.endsWith('.js'));
  const initialFiles = new Set(entryFiles(dist));
  const hasCompiler = (f: string) => COMPILER.test(fs.readFileSync(path.join(assets, f), 'utf8'));
  return {
    initialJs: [...initialFiles].reduce((n, f) => n + gzip(path.join(assets, f)), 0),
    chunks: all.filter((f) => !initialFiles.has(f)).map((file) => ({ file, gzip: gzip(path.join(assets, file)) })),
    compilerFound: readerFiles(dist).filter(hasCompiler),
    compilerIn: all.filter(hasCompiler),
  };
}
