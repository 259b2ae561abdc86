// Run by the dev server's map endpoint in a child process: explores one compiled story and prints
// {unreached, note} as JSON. A child, because exploring a large episode takes seconds to tens of
// seconds and must not freeze the dev server meanwhile.
//   node --import tsx scripts/ink/story-map-check.ts <story.json> <cast.json>
import fs from 'node:fs';
import { exploreStory } from '../../src/engine/explore';

const [jsonFile, castFile] = process.argv.slice(2);
const json = fs.readFileSync(jsonFile, 'utf8');
const cast = JSON.parse(fs.readFileSync(castFile, 'utf8'));
const report = exploreStory(json, cast, {});
// Only `unreached` is relied on; a report that stopped at a bound says so in `boundHit`.
const bound = (report as { boundHit?: string | null }).boundHit ?? null;
process.stdout.write(JSON.stringify({ unreached: report.unreached, note: bound ? `Il controllo si è fermato prima di finire (${bound}): «mai raggiunto» vale per quanto ha esplorato.` : null }));
