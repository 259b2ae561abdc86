// Sizes of the built site: what a reader downloads before the first screen, and the lazy chunks.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  /** Gzipped JS the home page loads before it can render (entry + its static imports). */
  initialJs: number;
  /** Gzipped JS for opening an episode on top of that (engine, ink runtime, story, motion features). */
  chunks: { file: string; gzip: number }[];
  /** Files that contain ink compiler code (must be none). */
  compilerFound: string[];
}

const gzip = (file: string) => gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** Reads dist/index.html for the entry script and its modulepreloads. */
export function bundleSizes(dist: string): BundleSizes {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]);
  const assets = path.join(dist, 'assets');
  const all = fs.readdirSync(assets).filter((f) => f.endsWith('.js'));
  const initialFiles = new Set(initial.map((src) => path.basename(src)));
  return {
    initialJs: [...initialFiles].reduce((n, f) => n + gzip(path.join(assets, f)), 0),
    chunks: all.filter((f) => !initialFiles.has(f)).map((file) => ({ file, gzip: gzip(path.join(assets, file)) })),
    // Strings only the compiler has: its parser's error messages.
    compilerFound: all.filter((f) => /Recursive INCLUDE detected|Expected some kind of logic/.test(fs.readFileSync(path.join(assets, f), 'utf8'))),
  };
}
