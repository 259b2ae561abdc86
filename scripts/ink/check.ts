// The stories check: compile every episode, play every route, and list what an author must fix.
import { exploreStory, type ExploreOptions, type ExploreReport } from '../../src/engine/explore';
import type { Cast } from '../../src/engine/types';
import { compileInkFile, formatMessage, type InkMessage } from './compiler';
import { findEpisodes } from './episodes';

export interface EpisodeCheck {
  slug: string;
  file: string;
  messages: InkMessage[];
  report: ExploreReport | null;
  errors: string[];
  warnings: string[];
}

const route = (r: string[]) => (r.length ? ` (after: ${r.join(' → ')})` : ' (from the start)');

export function checkEpisode(slug: string, file: string, cast: Cast, options: ExploreOptions = {}): EpisodeCheck {
  const { json, messages } = compileInkFile(file, { countAllVisits: true });
  const errors = messages.filter((m) => m.severity === 'error').map(formatMessage);
  const warnings = messages.filter((m) => m.severity !== 'error').map(formatMessage);
  if (!json) return { slug, file, messages, report: null, errors, warnings };

  const report = exploreStory(json, cast, options);
  for (const f of report.runtimeErrors) errors.push(`runtime error: ${f.message}${route(f.route)}`);
  for (const f of report.deadEnds) errors.push(`dead end: ${f.message}${route(f.route)}`);
  for (const p of report.problems) errors.push(`${p.kind}: ${p.message} in ${p.path || 'the start'}${route(p.route)}`);
  if (report.boundHit) errors.push(`exploration incomplete: ${report.boundHit}`);
  if (report.endings.length === 0) errors.push('no route reaches an end');
  for (const name of report.unreached) warnings.push(`never reached: ${name}`);
  return { slug, file, messages, report, errors, warnings };
}

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
  for (const e of c.errors) lines.push(`  ✗ ${e}`);
  for (const w of c.warnings) lines.push(`  ! ${w}`);
  if (!c.errors.length) lines.push('  ✓ ok');
  return lines.join('\n');
}
