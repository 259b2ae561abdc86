// The stories check: compile every episode, play every route (breadth first, within a time budget),
// and list what an author must fix.
import type { Stats } from 'inkjs/compiler/Stats';
import { exploreStory, type ExploreOptions, type ExploreReport, type Finding } from '../../src/engine/explore';
import { declaredSections, type Section } from '../../src/engine/sections';
import type { Cast } from '../../src/engine/types';
import { compileInkFile, formatMessage, type InkMessage } from './compiler';
import { findEpisodes } from './episodes';

export interface CheckOptions extends ExploreOptions {
  /**
   * A story from elsewhere (no cast of ours): unknown tags, unknown speakers and tag values our player
   * cannot use are warnings, not errors. Our own stories stay strict.
   */
  foreign?: boolean;
}

export interface EpisodeCheck {
  slug: string;
  file: string;
  messages: InkMessage[];
  report: ExploreReport | null;
  /** The episode's sections in story order, each with the shortest route to it. */
  sections: Section[];
  /** Inky's «word count and more», from the source the compiler read (null when it did not compile). */
  stats: Stats | null;
  errors: string[];
  warnings: string[];
  /** Time taken: compiling and exploring, in milliseconds. */
  ms: number;
}

/** A cast with nobody in it, for a story from elsewhere: every line is narration. */
export const NO_CAST: Cast = { narrator: '', members: [] };

const where = (f: Pick<Finding, 'route' | 'seed'>) => {
  const seed = f.seed === undefined ? '' : `seed ${f.seed}, `;
  return f.route.length ? ` (${seed}after: ${f.route.join(' → ')})` : ` (${seed}from the start)`;
};

export function checkEpisode(slug: string, file: string, cast: Cast, options: CheckOptions = {}): EpisodeCheck {
  const started = Date.now();
  const { json, messages, stats, functions } = compileInkFile(file, { countAllVisits: true });
  const errors = messages.filter((m) => m.severity === 'error').map(formatMessage);
  const warnings = messages.filter((m) => m.severity !== 'error').map(formatMessage);
  if (!json) return { slug, file, messages, report: null, sections: [], stats, errors, warnings, ms: Date.now() - started };

  const report = exploreStory(json, cast, { ...options, functions: [...functions, ...(options.functions ?? [])] });
  const complete = report.coverage.complete;
  for (const f of report.runtimeErrors) errors.push(`runtime error: ${f.message}${where(f)}`);
  for (const f of report.deadEnds) errors.push(`dead end: ${f.message}${where(f)}`);
  for (const p of report.problems) (options.foreign ? warnings : errors).push(`${p.kind}: ${p.message} in ${p.path || 'the start'}${where(p)}`);
  if (report.lines === 0) errors.push('the episode shows no line: does the file start by diverting to its first knot (-> start)?');
  if (report.endings.length === 0) (complete ? errors : warnings).push(complete ? 'no route reaches an end' : 'no route reached an end within the bounds');
  for (const w of report.warnings) warnings.push(`${w.message}, in ${w.path || 'the start'}${where(w)}`);
  if (!complete) warnings.push(`explored in part: ${report.boundHit}; what lies beyond is not checked (--time S for a longer budget)`);
  for (const name of report.unreached) warnings.push(complete ? `never reached: ${name}` : `not reached within the bounds: ${name}`);
  const sections = checkSections(json, report, errors, warnings);
  return { slug, file, messages, report, sections, stats, errors, warnings, ms: Date.now() - started };
}

const inPath = (path: string) => path || 'the start';
const percent = (part: number, whole: number) => (whole === 0 ? 100 : Math.floor((part / whole) * 100));

/** `9 of 18 knots and stitches reached (50%), 84 of 358 choice states played (23%), …` */
export function coverageOf(report: ExploreReport): string {
  const { knots, states, depth } = report.coverage;
  return [
    `${knots.reached} of ${knots.total} knots and stitches reached (${percent(knots.reached, knots.total)}%)`,
    `${states.explored} of ${states.discovered} choice states found were played (${percent(states.explored, states.discovered)}%)`,
    `every route checked up to ${plural(depth, 'choice')}`,
  ].join(', ');
}

/**
 * A section starts on one line only, and some route reaches it; returns the sections in story order
 * (as the explorer met them breadth first: each on a shortest route).
 */
function checkSections(json: string, report: ExploreReport, errors: string[], warnings: string[]): Section[] {
  const declared = declaredSections(json);
  const places = new Map<string, string[]>();
  for (const d of declared) places.set(d.name, [...(places.get(d.name) ?? []), inPath(d.path)]);
  for (const [name, at] of places) {
    if (at.length > 1) errors.push(`section '${name}' starts on ${at.length} lines (in ${at.join(', ')}): a section name is used once`);
  }
  const sections: Section[] = [];
  for (const met of report.sections) {
    if (!sections.some((s) => s.name === met.name)) sections.push({ name: met.name, route: met.choices, labels: met.route, path: met.path });
  }
  for (const [name, at] of places) {
    if (sections.some((s) => s.name === name)) continue;
    if (report.coverage.complete) errors.push(`section '${name}' is never reached (in ${at[0]}): put it on a line of text a route reads`);
    else warnings.push(`section '${name}' was not reached within the bounds (in ${at[0]})`);
  }
  return sections;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function checkAll(storiesDir: string, cast: Cast, options: CheckOptions = {}): EpisodeCheck[] {
  return findEpisodes(storiesDir).map((e) => checkEpisode(e.slug, e.file, cast, options));
}

/** Minutes at 200 words a minute, read aloud or silently in a group: a rough guide, not a promise. */
const minutes = (words: number) => Math.max(1, Math.round(words / 200));
const readingTime = (least: number, most: number) =>
  minutes(least) === minutes(most) ? `about ${minutes(least)} min` : `about ${minutes(least)}–${minutes(most)} min`;

export function formatCheck(c: EpisodeCheck): string {
  const lines = [`${c.slug} (${c.file}) · ${c.ms} ms`];
  if (c.report) {
    const r = c.report;
    lines.push(
      `  ${r.lines} lines, ${r.choicePoints} choice points, ${r.endings.length} endings (${r.endings.join(', ')})`,
      `  ${r.routes} routes explored through ${r.choiceStates} distinct choice states`,
      r.coverage.complete
        ? `  explored completely: ${r.coverage.knots.reached} of ${r.coverage.knots.total} knots and stitches reached, every choice state played`
        : `  explored in part (${r.boundHit}): ${coverageOf(r)}`,
    );
    if (r.seeds.length) lines.push(`  seeds ${r.seeds.join(', ')}: RANDOM and shuffles draw the same on every run (--seeds N for more)`);
    const { shortestRoute, longestRoute } = r.words;
    const routeWords =
      shortestRoute === null || longestRoute === null
        ? 'no complete route'
        : `${shortestRoute} on the shortest route, ${longestRoute} on the longest (${readingTime(shortestRoute, longestRoute)})`;
    lines.push(`  words: ${c.stats ? `${c.stats.words} in the source, ` : ''}${r.words.reached} in the lines reached; ${routeWords}`);
  }
  if (c.stats) {
    const s = c.stats;
    lines.push(
      `  ${plural(s.knots, 'knot')}, ${plural(s.stitches, 'stitch').replace(/stitchs$/, 'stitches')}, ${plural(s.functions, 'function')}, ${plural(s.choices, 'choice')}, ${plural(s.gathers, 'gather')}, ${plural(s.diverts, 'divert')}`,
    );
  }
  if (c.sections.length) lines.push(`  ${plural(c.sections.length, 'section')}:`);
  for (const s of c.sections) lines.push(`    § ${s.name} (${s.route.length ? `after ${plural(s.route.length, 'choice')}` : 'from the start'})`);
  for (const e of c.errors) lines.push(`  ✗ ${e}`);
  for (const w of c.warnings) lines.push(`  ! ${w}`);
  if (!c.errors.length) lines.push('  ✓ ok');
  return lines.join('\n');
}
