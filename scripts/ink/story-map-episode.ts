// One episode's map, end to end in Node: compile, explore (for reached / unreached), extract, lay out.
// Shared by `npm run stories:map` and the dev server's map endpoint.
import fs from 'node:fs';
import path from 'node:path';
import { exploreStory } from '../../src/engine/explore';
import { parseMeta } from '../../src/engine/tags';
import type { Cast } from '../../src/engine/types';
import type { LaidOutMap } from '../../src/components/map/map-types';
import { compileInkFile, formatMessage } from './compiler';
import { readGlobalTags } from './episodes';
import { storyGraph } from './story-map';
import { layoutGraph } from './story-map-layout';

export type EpisodeMapResult = { ok: true; map: LaidOutMap; json: string } | { ok: false; errors: string[] };

/** Maps a compiled episode; `files` are the episode and its INCLUDEs (as compileInkFile lists them). */
export function mapCompiled(slug: string, json: string, files: readonly string[], cast: Cast | null): LaidOutMap {
  // Paths as the compiler's messages show them: relative to the working directory when inside it.
  const shown = (abs: string) => (path.relative(process.cwd(), abs).startsWith('..') ? abs : path.relative(process.cwd(), abs));
  const sources = files.map((file) => ({ file: shown(file), text: fs.readFileSync(file, 'utf8') }));
  let unreached: string[] | undefined;
  if (cast) {
    try {
      unreached = exploreStory(json, cast, {}).unreached;
    } catch {
      unreached = undefined; // drawn without colours rather than not at all
    }
  }
  const graph = storyGraph({ json, sources, unreached });
  const title = parseMeta(readGlobalTags(sources[0]?.text ?? '')).title;
  return layoutGraph(graph, { slug, title, checked: unreached !== undefined });
}

export function mapEpisodeFile(slug: string, file: string, cast: Cast | null): EpisodeMapResult {
  // Every visit counted, so the check sees stitches that print nothing (`= vista`, a knot that only diverts).
  const compiled = compileInkFile(file, { countAllVisits: true });
  if (!compiled.json) return { ok: false, errors: compiled.messages.filter((m) => m.severity === 'error').map(formatMessage) };
  return { ok: true, json: compiled.json, map: mapCompiled(slug, compiled.json, compiled.files, cast) };
}
