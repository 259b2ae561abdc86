// The stories check: compile every episode, play every route, and list what an author must fix.
import { exploreStory, type ExploreOptions, type ExploreReport } from '../../src/engine/explore';
import { declaredSections, listSections, type Section } from '../../src/engine/sections';
import type { Cast } from '../../src/engine/types';
import { compileInkFile, formatMessage, type InkMessage } from './compiler';
import { findEpisodes } from './episodes';

export interface EpisodeCheck {
  slug: string;
  file: string;
  messages: InkMessage[];
  report: ExploreReport | null;
  /** The episode's sections in story order, each with the shortest route to it. */
  sections: Section[];
  errors: string[];
  warnings: string[];
}

const route = (r: string[]) => (r.length ? ` (after: ${r.join(' → ')})` : ' (from the start)');

export function checkEpisode(slug: string, file: string, cast: Cast, options: ExploreOptions = {}): EpisodeCheck {
  const { json, messages } = compileInkFile(file, { countAllVisits: true });
  const errors = messages.filter((m) => m.severity === 'error').map(formatMessage);
  const warnings = messages.filter((m) => m.severity !== 'error').map(formatMessage);
  if (!json) return { slug, file, messages, report: null, sections: [], errors, warnings };

  const report = exploreStory(json, cast, options);
  for (const f of report.runtimeErrors) errors.push(`runtime error: ${f.message}${route(f.route)}`);
  for (const f of report.deadEnds) errors.push(`dead end: ${f.message}${route(f.route)}`);
  for (const p of report.problems) errors.push(`${p.kind}: ${p.message} in ${p.path || 'the start'}${route(p.route)}`);
  if (report.boundHit) errors.push(`exploration incomplete: ${report.boundHit}`);
  if (report.endings.length === 0) errors.push('no route reaches an end');
  for (const name of report.unreached) warnings.push(`never reached: ${name}`);
  const sections = checkSections(json, cast, report, errors, options);
  return { slug, file, messages, report, sections, errors, warnings };
}

const inPath = (path: string) => path || 'the start';

/** A section starts on one line only, and some route reaches it; returns the sections in story order. */
function checkSections(json: string, cast: Cast, report: ExploreReport, errors: string[], options: ExploreOptions): Section[] {
  const declared = declaredSections(json);
  const places = new Map<string, string[]>();
  for (const d of declared) places.set(d.name, [...(places.get(d.name) ?? []), inPath(d.path)]);
  for (const [name, where] of places) {
    if (where.length > 1) errors.push(`section '${name}' starts on ${where.length} lines (in ${where.join(', ')}): a section name is used once`);
  }
  const reached = new Set(report.sections.map((m) => m.name));
  for (const [name, where] of places) {
    if (!reached.has(name)) errors.push(`section '${name}' is never reached (in ${where[0]}): put it on a line of text a route reads`);
  }
  const sections = listSections(json, cast, options);
  for (const name of reached) {
    if (!sections.some((s) => s.name === name)) errors.push(`section '${name}': no route to it found within the bounds`);
  }
  return sections;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function checkAll(storiesDir: string, cast: Cast, options: ExploreOptions = {}): EpisodeCheck[] {
  return findEpisodes(storiesDir).map((e) => checkEpisode(e.slug, e.file, cast, options));
}

export function formatCheck(c: EpisodeCheck): string {
  const lines = [`${c.slug} (${c.file})`];
  if (c.report) {
    const r = c.report;
    lines.push(
      `  ${r.lines} lines, ${r.choicePoints} choice points, ${r.endings.length} endings (${r.endings.join(', ')})`,
      `  ${r.routes} routes explored through ${r.choiceStates} distinct choice states`,
    );
  }
  if (c.sections.length) lines.push(`  ${plural(c.sections.length, 'section')}:`);
  for (const s of c.sections) lines.push(`    § ${s.name} (${s.route.length ? `after ${plural(s.route.length, 'choice')}` : 'from the start'})`);
  for (const e of c.errors) lines.push(`  ✗ ${e}`);
  for (const w of c.warnings) lines.push(`  ! ${w}`);
  if (!c.errors.length) lines.push('  ✓ ok');
  return lines.join('\n');
}
