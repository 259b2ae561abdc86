import { Story } from 'inkjs';
import { StoryRun, namedPath, type AuthoringProblem } from './run';
import type { Cast, StoryIssue } from './types';

export interface ExploreOptions {
  /** Stop after this many distinct choice points (guards against loops that never converge). */
  maxStates?: number;
  /** Stop following a route after this many choices. */
  maxDepth?: number;
}

export interface Finding {
  message: string;
  /** The choices that lead there, as the reader would pick them. */
  route: string[];
}

export interface ExploreReport {
  /** Distinct choice points met (states, after merging routes that converge). */
  choicePoints: number;
  /** Distinct complete routes from start to an end (counted through merges). */
  routes: number;
  /** Distinct lines of text reached (speech and narration). */
  lines: number;
  /** Every distinct text reached, in the order first met. */
  texts: string[];
  /** Distinct endings: their `# ending:` ids or, without one, the path of the last line. */
  endings: string[];
  deadEnds: Finding[];
  runtimeErrors: Finding[];
  problems: (AuthoringProblem & { route: string[] })[];
  /** Knots and stitches that no route ever reaches. */
  unreached: string[];
  /** Set when exploration stopped at a bound: the report then covers only part of the story. */
  boundHit: string | null;
}

/** Every knot and `knot.stitch` in a compiled story, except ink's internal containers. */
export function namedContainers(json: string): string[] {
  const names: string[] = [];
  const root = new Story(json).mainContentContainer;
  for (const [knot, content] of root.namedContent) {
    if (knot === 'global decl') continue;
    names.push(knot);
    const inner = (content as unknown as { namedContent?: Map<string, unknown> }).namedContent;
    for (const stitch of inner?.keys() ?? []) if (namedPath(`${knot}.${stitch}`) === `${knot}.${stitch}`) names.push(`${knot}.${stitch}`);
  }
  return names;
}

// Turn counters differ between routes that reach the same place in another order; the future does not
// (our stories do not use TURNS_SINCE), so they are left out when deciding that two states are one.
function stateKey(state: string): string {
  const { flows, ...rest } = JSON.parse(state) as Record<string, unknown>;
  delete rest.turnIdx;
  delete rest.turnIndices;
  delete rest.storySeed;
  delete rest.previousRandom;
  const threads = Object.values(flows as Record<string, { callstack: unknown; currentChoices: unknown; choiceThreads: unknown }>).map(
    (f) => [f.callstack, f.currentChoices, f.choiceThreads],
  );
  return JSON.stringify([rest, threads]);
}

/** Plays every route through a compiled story and reports what a reader could meet. */
export function exploreStory(json: string, cast: Cast, options: ExploreOptions = {}): ExploreReport {
  const maxStates = options.maxStates ?? 20000;
  const maxDepth = options.maxDepth ?? 200;
  const run = StoryRun.start(json, cast);
  const texts = new Map<string, true>();
  const visited = new Set<string>();
  const endings = new Set<string>();
  const routesFrom = new Map<string, number>();
  const report: ExploreReport = {
    choicePoints: 0, routes: 0, lines: 0, texts: [], endings: [],
    deadEnds: [], runtimeErrors: [], problems: [], unreached: [], boundHit: null,
  };
  const seenProblems = new Set<string>();
  let issuesSeen = 0;
  let problemsSeen = 0;

  // Reads to the next stop and returns how many routes continue from there (memoised per state).
  const names = namedContainers(json);
  const markVisited = () => {
    for (const name of names) if (!visited.has(name) && run.visitCount(name) > 0) visited.add(name);
  };

  const walk = (route: string[]): number => {
    const beats = run.readAll();
    for (const beat of beats) {
      if (beat.kind !== 'direction') texts.set(beat.text, true);
      visited.add(beat.path);
      if (beat.path.includes('.')) visited.add(beat.path.split('.')[0]);
    }
    for (const issue of run.issues.slice(issuesSeen)) recordIssue(issue, route);
    issuesSeen = run.issues.length;
    for (const p of run.problems.slice(problemsSeen)) {
      if (!seenProblems.has(p.message)) report.problems.push({ ...p, route: [...route] });
      seenProblems.add(p.message);
    }
    problemsSeen = run.problems.length;

    markVisited();
    const lastEnding = [...beats].reverse().find((b) => b.ending)?.ending;
    if (run.status === 'ended') {
      const broke = run.issues.some((i) => i.severity === 'error');
      if (broke) return 0;
      const name = lastEnding ?? (run.transcript.at(-1) as { path?: string } | undefined)?.path ?? 'fine';
      endings.add(name);
      return 1;
    }
    visited.add(run.position);
    if (route.length >= maxDepth) {
      report.boundHit ??= `a route went deeper than ${maxDepth} choices (route: ${route.join(' → ')})`;
      return 0;
    }
    const state = run.stateJson;
    const key = stateKey(state);
    const known = routesFrom.get(key);
    if (known !== undefined) return known;
    if (routesFrom.size >= maxStates) {
      report.boundHit ??= `stopped after ${maxStates} distinct choice points; raise --max-states to explore further`;
      return 0;
    }
    routesFrom.set(key, 0);
    let total = 0;
    const transcriptLength = run.transcript.length;
    for (const choice of run.choices) {
      run.loadState(state);
      run.transcript.length = transcriptLength;
      run.issues.length = issuesSeen = 0;
      run.choose(choice.index);
      total += walk([...route, choice.text]);
    }
    routesFrom.set(key, total);
    return total;
  };

  const recordIssue = (issue: StoryIssue, route: string[]) => {
    const target = /ran out of content/i.test(issue.message) ? report.deadEnds : report.runtimeErrors;
    if (issue.severity === 'error' || target === report.deadEnds) {
      if (!target.some((f) => f.message === issue.message)) target.push({ message: issue.message, route: [...route] });
    }
  };

  report.routes = walk([]);
  report.choicePoints = routesFrom.size;
  report.texts = [...texts.keys()];
  report.lines = report.texts.length;
  report.endings = [...endings];
  report.unreached = names.filter((name) => !visited.has(name));
  return report;
}
