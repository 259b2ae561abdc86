// One episode's map in Node: extract the graph, lay it out. Shared by `npm run stories:map` and the dev
// server's map endpoint. Exploring (for reached / unreached) is left to the callers, so the dev server's
// config does not import the explorer (Vite restarts the server when a config import changes).
import fs from 'node:fs';
import path from 'node:path';
import { parseMeta } from '../../src/engine/tags.ts';
import type { LaidOutMap } from '../../src/components/map/map-types';
import { readGlobalTags } from './episodes.ts';
import { storyGraph } from './story-map.ts';
import { layoutGraph } from './story-map-layout.ts';

/**
 * Maps a compiled episode; `files` are the episode and its INCLUDEs (as compileInkFile lists them),
 * `unreached` what the check did not reach (omitted: drawn without those colours).
 */
export function mapCompiled(slug: string, json: string, files: readonly string[], unreached?: readonly string[]): LaidOutMap {
  // Paths as the compiler's messages show them: relative to the working directory when inside it.
  const shown = (abs: string) => (path.relative(process.cwd(), abs).startsWith('..') ? abs : path.relative(process.cwd(), abs));
  const sources = files.map((file) => ({ file: shown(file), text: fs.readFileSync(file, 'utf8') }));
  const graph = storyGraph({ json, sources, unreached });
  const title = parseMeta(readGlobalTags(sources[0]?.text ?? '')).title;
  return layoutGraph(graph, { slug, title, checked: unreached !== undefined });
}
