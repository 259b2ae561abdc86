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

/** A `# section:` met while exploring: its name, the ink path of its line, the first route found to it. */
export interface SectionMet {
  name: string;
  path: string;
  route: string[];
}

export interface ExploreReport {
  /** Choice points of the script met on some route (a block of `*`/`+` choices counts once). */
  choicePoints: number;
  /** Distinct states at a choice point: the same choice point after different histories counts again. */
  choiceStates: number;
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
  /**
   * Sections met, in the order first met (depth first, not story order: see `listSections`); a name
   * met on lines of two different paths is listed once per path.
   */
  sections: SectionMet[];
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

interface SavedThread {
  callstack: unknown[];
}
interface SavedChoice {
  text: string;
  originalChoicePath: string;
  targetPath: string;
  originalThreadIndex: number;
  isInvisibleDefault: boolean;
}
interface SavedFlow {
  callstack: { threads: SavedThread[] };
  currentChoices?: SavedChoice[];
  choiceThreads?: Record<string, SavedThread>;
}

/**
 * What decides a state's future: where each thread is, the choices on offer (with the threads they
 * resume), variables and visit counts. Counters that only number things (turns, thread ids, seeds)
 * differ between routes that reach the same place in another order, so they are left out
 * (our stories use neither TURNS_SINCE nor RANDOM).
 */
export function futureOf(state: string): { key: string; choiceBlocks: string[] } {
  const s = JSON.parse(state) as { flows: Record<string, SavedFlow>; variablesState: unknown; evalStack: unknown; visitCounts: Record<string, number> };
  const flows = Object.entries(s.flows).map(([name, f]) => [
    name,
    f.callstack.threads.map((t) => t.callstack),
    (f.currentChoices ?? []).map((c) => [c.text, c.originalChoicePath, c.targetPath, c.isInvisibleDefault, f.choiceThreads?.[c.originalThreadIndex]?.callstack]),
  ]);
  const visits = Object.entries(s.visitCounts).sort(([a], [b]) => (a < b ? -1 : 1));
  // Choices written together share the container of their choice block (`knot.0.3` → `knot.0`).
  const choiceBlocks = Object.values(s.flows).flatMap((f) =>
    (f.currentChoices ?? []).map((c) => c.originalChoicePath.split('.').slice(0, -1).join('.')),
  );
  return { key: JSON.stringify([flows, s.variablesState, s.evalStack, visits]), choiceBlocks };
}

/** Plays every route through a compiled story and reports what a reader could meet. */
export function exploreStory(json: string, cast: Cast, options: ExploreOptions = {}): ExploreReport {
  const maxStates = options.maxStates ?? 20000;
  const maxDepth = options.maxDepth ?? 200;
  const run = StoryRun.forExploring(json, cast);
  const texts = new Map<string, true>();
  const visited = new Set<string>();
  const endings = new Set<string>();
  const routesFrom = new Map<string, number>();
  const report: ExploreReport = {
    choicePoints: 0, choiceStates: 0, routes: 0, lines: 0, texts: [], endings: [],
    deadEnds: [], runtimeErrors: [], problems: [], unreached: [], sections: [], boundHit: null,
  };
  const seenProblems = new Set<string>();
  const blocks = new Set<string>();
  let issuesSeen = 0;
  let problemsSeen = 0;

  const names = namedContainers(json);
  const markVisited = () => {
    for (const name of names) if (!visited.has(name) && run.visitCount(name) > 0) visited.add(name);
  };

  // Reads to the next stop and returns how many routes continue from there (memoised per state).
  const walk = (route: string[]): number => {
    const beats = run.readAll();
    for (const beat of beats) {
      if (beat.kind !== 'direction') texts.set(beat.text, true);
      if (beat.section && !report.sections.some((m) => m.name === beat.section && m.path === beat.path)) {
        report.sections.push({ name: beat.section, path: beat.path, route: [...route] });
      }
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
    const lastEnding = beats.findLast((b) => b.ending)?.ending;
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
    const { key, choiceBlocks } = futureOf(state);
    for (const block of choiceBlocks) blocks.add(block);
    const known = routesFrom.get(key);
    if (known !== undefined) return known;
    if (routesFrom.size >= maxStates) {
      report.boundHit ??= `stopped after ${maxStates} distinct choice states; raise --max-states to explore further`;
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
  report.choicePoints = blocks.size;
  report.choiceStates = routesFrom.size;
  report.texts = [...texts.keys()];
  report.lines = report.texts.length;
  report.endings = [...endings];
  report.unreached = names.filter((name) => !visited.has(name));
  return report;
}
