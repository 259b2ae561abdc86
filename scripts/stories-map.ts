// `npm run stories:map [-- STORIES_DIR] [--out DIR]`: writes each episode's map as
// story-maps/<slug>.svg and story-maps/<slug>.html (the map and every node with its file:line).
import fs from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { StoryMap } from '../src/components/map/StoryMap';
import type { LaidOutNode } from '../src/components/map/map-types';
import { exploreStory } from '../src/engine/explore';
import { compileInkFile, formatMessage } from './ink/compiler';
import { findEpisodes } from './ink/episodes';
import { mapCompiled } from './ink/story-map-episode';
import { MapPage } from './ink/story-map-page';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = path.resolve(outAt >= 0 ? args[outAt + 1] : 'story-maps');
const positional = args.filter((a, i) => !a.startsWith('--') && !(outAt >= 0 && i === outAt + 1));
const storiesDir = path.resolve(positional[0] ?? 'stories');
const castFile = path.join(storiesDir, 'cast.json');
const cast = fs.existsSync(castFile) ? JSON.parse(fs.readFileSync(castFile, 'utf8')) : null;

fs.mkdirSync(outDir, { recursive: true });
// From the page to the source: relative, so the folder can be opened from disk; `#L` for viewers that know it.
const hrefOf = (node: LaidOutNode) =>
  node.file ? `${path.relative(outDir, path.resolve(node.file)).split(path.sep).join('/')}#L${node.line}` : null;

let failed = 0;
for (const { slug, file } of findEpisodes(storiesDir)) {
  const started = performance.now();
  // Every visit counted, so the check also sees stitches that print nothing (`= vista`, a knot that only diverts).
  const compiled = compileInkFile(file, { countAllVisits: true });
  if (!compiled.json) {
    failed++;
    const errors = compiled.messages.filter((m) => m.severity === 'error').map(formatMessage);
    console.error(`✗ ${slug}: no map, the episode does not compile\n  ${errors.join('\n  ')}`);
    continue;
  }
  const report = cast ? exploreStory(compiled.json, cast, {}) : null;
  const bound = (report as { boundHit?: string | null } | null)?.boundHit ?? null;
  const map = mapCompiled(slug, compiled.json, compiled.files, report?.unreached);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(createElement(StoryMap, { map, nodeHref: hrefOf }))}\n`;
  const html = `<!doctype html>\n${renderToStaticMarkup(createElement(MapPage, { map, hrefOf, note: bound ? `Il controllo si è fermato prima di finire (${bound}): «mai raggiunto» vale per quanto ha esplorato.` : null }))}\n`;
  fs.writeFileSync(path.join(outDir, `${slug}.svg`), svg);
  fs.writeFileSync(path.join(outDir, `${slug}.html`), html);
  const unreached = map.nodes.filter((n) => n.reached === false).length;
  const ms = Math.round(performance.now() - started);
  const checked = map.checked ? `, ${unreached} unreached${bound ? ` (check ${bound}: unreached means not reached in that time)` : ''}` : ', not checked (no cast.json)';
  console.log(`✓ ${slug}: ${map.nodes.length} nodes, ${map.edges.length} edges${checked} → ${path.relative(process.cwd(), path.join(outDir, `${slug}.html`))} (${ms} ms)`);
}
process.exit(failed ? 1 : 0);
