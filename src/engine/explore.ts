import { Story } from 'inkjs';
import { RouteGraph, type RouteEdge } from './route-graph';
import { StoryRun, namedPath, type AuthoringProblem } from './run';
import { applyBeat, copyStage, emptyStage, type StageState } from './stage';
import { idleExits } from './stage-check';
import { scanStory, type StoryUse } from './story-scan';
import type { Cast, StoryBeat } from './types';

export interface ExploreOptions {
  /** Stop after discovering this many distinct choice states (a guard for memory; default 200,000). */
  maxStates?: number;
  /** Do not follow a route past this many choices (default 200). */
  maxDepth?: number;
  /** Stop after this many milliseconds and report what was covered (default 30,000). */
  timeMs?: number;
  /** How many fixed seeds to explore a story that draws random numbers or shuffles with (default 3). */
  seeds?: number;
  /** Knots that are functions beyond those the compiled story shows (the compiler knows them all). */
  functions?: readonly string[];
  /** Called about every `progressEveryMs` while exploring (for a progress line on a terminal). */
  onProgress?: (progress: ExploreProgress) => void;
  progressEveryMs?: number;
}

export interface ExploreProgress {
  /** Choice states played through, and discovered (played or waiting). */
  explored: number;
  discovered: number;
  /** Choices deep the exploration has gone (breadth first: every shallower state is done). */
  depth: number;
  knotsReached: number;
  knots: number;
  ms: number;
}

export interface Finding {
  message: string;
  /** The choices that lead there, as the reader would pick them. */
  route: string[];
  /** The random seed the route was played with (only for a story that draws random numbers). */
  seed?: number;
}

/** A `# section:` met while exploring: its name, the ink path of its line, the first route found to it. */
export interface SectionMet {
  name: string;
  path: string;
  /** Labels of the choices on the shortest route to it. */
  route: string[];
  /** The same route as choice indices (`ChoiceOption.index`), to play it. */
  choices: number[];
}

export interface Coverage {
  /** Every choice state was played through: nothing was left out by a bound. */
  complete: boolean;
  /** What stopped the exploration early, if anything. */
  stoppedBy: 'time' | 'states' | 'depth' | null;
  /** Knots and stitches reached, of those in the story (functions not counted). */
  knots: { reached: number; total: number };
  /** Choice states played through, and discovered (played, or found and not yet played). */
  states: { explored: number; discovered: number };
  /**
   * In part: every route with fewer choices than this was played to its end or to a known state.
   * Complete: one more than the most choices it takes to reach any choice state.
   */
  depth: number;
  ms: number;
}

export interface ExploreReport {
  /** Choice points of the script met on some route (a block of `*`/`+` choices counts once). */
  choicePoints: number;
  /** Distinct states at a choice point: the same choice point after different histories counts again. */
  choiceStates: number;
  /** Distinct complete routes from start to an end (counted through merges; loops followed once). */
  routes: number;
  /** Distinct lines of text reached (speech and narration). */
  lines: number;
  /** Every distinct text reached, in the order first met. */
  texts: string[];
  /** Distinct endings: their `# ending:` ids or, without one, the path of the last line. */
  endings: string[];
  deadEnds: Finding[];
  runtimeErrors: Finding[];
  problems: (AuthoringProblem & { route: string[]; seed?: number })[];
  /** Things that do nothing where they stand (an `# exit:` for someone not on stage), once per line. */
  warnings: (Finding & { path: string })[];
  /** Knots and stitches that no route explored reaches (functions are never listed). */
  unreached: string[];
  /** Knots and stitches some route reaches. */
  reached: string[];
  /** Knots that are functions (called, not visited: left out of `reached` and `unreached`). */
  functions: string[];
  /** Sections met, in the order first met breadth first: story order, each on a shortest route. */
  sections: SectionMet[];
  /** Words read (speech and narration): in every distinct line, and on the shortest and longest route. */
  words: { reached: number; shortestRoute: number | null; longestRoute: number | null };
  /** The fixed seeds explored; empty when the story draws no random numbers and shuffles nothing. */
  seeds: number[];
  /** What the exploration covered, and what stopped it early. */
  coverage: Coverage;
  /** What the story's future depends on beyond variables and visits (from its compiled JSON). */
  uses: Omit<StoryUse, 'functions' | 'turnsSinceOf'>;
  /** Set when exploration stopped at a bound: the report then covers only part of the story. */
  boundHit: string | null;
}

/** Every knot and `knot.stitch` in a compiled story, except ink's internal containers and functions. */
export function namedContainers(json: string, functions: Iterable<string> = scanStory(json).functions): string[] {
  const skip = new Set(functions);
  const names: string[] = [];
  const root = new Story(json).mainContentContainer;
  for (const [knot, content] of root.namedContent) {
    if (knot === 'global decl' || skip.has(knot)) continue;
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
interface SavedState {
  flows: Record<string, SavedFlow>;
  variablesState: unknown;
  evalStack: unknown;
  visitCounts: Record<string, number>;
  turnIndices?: Record<string, number>;
  turnIdx?: number;
  storySeed?: number;
  previousRandom?: number;
}

/**
 * What decides a state's future: where each thread is, the choices on offer (with the threads they
 * resume), variables and visit counts; and, only for a story that reads them (`use`, from
 * `scanStory`): the turns since each knot was seen (`TURNS_SINCE`), the turn number (`TURNS`), the
 * seed and the last random draw (`RANDOM`, shuffles). Counters that only number things (thread ids,
 * and turns or seeds a story never reads) differ between routes that reach the same place in another
 * order, so they are left out: such routes are played once.
 */
export function futureOf(state: string, use?: StoryUse): { key: string; choiceBlocks: string[] } {
  const s = JSON.parse(state) as SavedState;
  const flows = Object.entries(s.flows).map(([name, f]) => [
    name,
    f.callstack.threads.map((t) => t.callstack),
    (f.currentChoices ?? []).map((c) => [c.text, c.originalChoicePath, c.targetPath, c.isInvisibleDefault, f.choiceThreads?.[c.originalThreadIndex]?.callstack]),
  ]);
  const visits = Object.entries(s.visitCounts).sort(([a], [b]) => (a < b ? -1 : 1));
  const parts: unknown[] = [flows, s.variablesState, s.evalStack, visits];
  if (use) {
    const turn = s.turnIdx ?? 0;
    if (use.turnsSince) {
      const seen = s.turnIndices ?? {};
      const which = use.turnsSinceOf ?? Object.keys(seen).sort();
      parts.push(which.map((path) => (path in seen ? turn - seen[path] : null)));
    }
    if (use.turns) parts.push(turn);
    if (use.random || use.shuffle) parts.push(s.storySeed);
    if (use.random) parts.push(s.previousRandom);
  }
  // Choices written together share the container of their choice block (`knot.0.3` → `knot.0`).
  const choiceBlocks = Object.values(s.flows).flatMap((f) =>
    (f.currentChoices ?? []).map((c) => c.originalChoicePath.split('.').slice(0, -1).join('.')),
  );
  return { key: JSON.stringify(parts), choiceBlocks };
}

/** A stretch longer than this without a choice is an endless loop (ink would print forever). */
const MAX_STRETCH_BEATS = 20000;

/** Words as Inky counts them: runs of characters between spaces, tabs and line breaks. */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** A choice state found and not yet played through. */
interface Waiting {
  id: number;
  state: string;
  stage: StageState;
  route: string[];
  choices: number[];
  seed: number | undefined;
}

/**
 * Plays every route through a compiled story, breadth first (so the shallowest errors are found
 * first, whatever the story's size), merging states with the same future, and reports what a reader
 * could meet. A story that draws random numbers is played with several fixed seeds, so the same story
 * always gives the same report. Stops at the time budget (or another bound) and says what it covered.
 */
export function exploreStory(json: string, cast: Cast, options: ExploreOptions = {}): ExploreReport {
  const started = Date.now();
  const maxStates = options.maxStates ?? 200_000;
  const maxDepth = options.maxDepth ?? 200;
  const deadline = started + (options.timeMs ?? 30_000);
  const progressEvery = options.progressEveryMs ?? 250;
  const use = scanStory(json);
  const functions = [...new Set([...use.functions, ...(options.functions ?? [])])].sort();
  const names = namedContainers(json, functions);
  const random = use.random || use.shuffle;
  const seeds = random ? Array.from({ length: Math.max(1, options.seeds ?? 3) }, (_, i) => i + 1) : [];

  const report: ExploreReport = {
    choicePoints: 0, choiceStates: 0, routes: 0, lines: 0, texts: [], endings: [],
    deadEnds: [], runtimeErrors: [], problems: [], warnings: [], unreached: [], reached: [], functions,
    sections: [], words: { reached: 0, shortestRoute: null, longestRoute: null }, seeds,
    coverage: { complete: true, stoppedBy: null, knots: { reached: 0, total: names.length }, states: { explored: 0, discovered: 0 }, depth: 0, ms: 0 },
    uses: { turnsSince: use.turnsSince, turns: use.turns, random: use.random, shuffle: use.shuffle },
    boundHit: null,
  };
  const texts = new Set<string>();
  const endings = new Set<string>();
  const visited = new Set<string>();
  const known = new Set(names);
  const blocks = new Set<string>();
  const ids = new Map<string, number>();
  const graph = new RouteGraph();
  const seenProblems = new Set<string>();
  const seenWarnings = new Set<string>();
  const sectionsSeen = new Set<string>();
  const withSeed = (seed: number | undefined) => (seed === undefined ? {} : { seed });

  const visit = (path: string) => {
    if (!path || !known.has(path) || visited.has(path)) return;
    visited.add(path);
  };
  const markVisited = (run: StoryRun) => {
    if (visited.size === known.size) return;
    for (const name of names) if (!visited.has(name) && run.visitCount(name) > 0) visited.add(name);
  };

  let run = StoryRun.forExploring(json, cast);
  let stopped = null as Coverage['stoppedBy'];
  let lastProgress = started;
  /** Choices to the shallowest choice state left unplayed (every shorter route is checked), and the deepest one played. */
  let unplayed = Infinity;
  let deepest = -1;
  const queue: (Waiting | null)[] = [];

  const warnIdleExit = (id: string, path: string, from: Omit<Waiting, 'id' | 'state'>) => {
    const voice = cast.members.find((m) => m.id === id)?.figure === 'voice';
    const message = voice ? `# exit: ${id} does nothing: ${id} is a voice and never stands on stage` : `# exit: ${id} does nothing: ${id} is not on stage here`;
    if (seenWarnings.has(`${message}\n${path}`)) return;
    seenWarnings.add(`${message}\n${path}`);
    report.warnings.push({ message, path, route: from.route, ...withSeed(from.seed) });
  };

  /** Reads from where `run` stands to the next choice point or the end; returns where that leads. */
  const readStretch = (from: Omit<Waiting, 'id' | 'state'>): { edge: RouteEdge; next: Waiting | null } => {
    const stage = copyStage(from.stage);
    let words = 0;
    let ending: string | null = null;
    let lastPath: string | null = null;
    let beats = 0;
    let restarted = false;
    run.transcript.length = 0;
    run.issues.length = 0;
    run.problems.length = 0;
    for (let beat: StoryBeat | null = run.next(); beat; beat = run.next()) {
      run.transcript.length = 0;
      if (++beats > MAX_STRETCH_BEATS) {
        const message = `more than ${MAX_STRETCH_BEATS} lines without a choice or an end: an endless loop? (last line in ${beat.path || 'the start'})`;
        if (!report.runtimeErrors.some((f) => f.message === message)) report.runtimeErrors.push({ message, route: from.route, ...withSeed(from.seed) });
        return { edge: { to: null, ends: false, words }, next: null };
      }
      // Inky's RESTART: the player starts the story again at this line (not shown), so a route ends here.
      if (beat.directions.some((d) => d.type === 'restart')) {
        restarted = true;
        break;
      }
      if (beat.kind !== 'direction') {
        if (!texts.has(beat.text)) texts.add(beat.text);
        words += countWords(beat.text);
        lastPath = beat.path;
      }
      if (beat.ending) ending = beat.ending;
      if (beat.section && !sectionsSeen.has(`${beat.section}\n${beat.path}`)) {
        sectionsSeen.add(`${beat.section}\n${beat.path}`);
        report.sections.push({ name: beat.section, path: beat.path, route: from.route, choices: from.choices });
      }
      // Only a direction, a speaker stepping on or someone leaving after a line changes who is on stage.
      const moves = beat.directions.length > 0 || stage.leaving.length > 0 || (beat.kind === 'speech' && !stage.present.includes(beat.speaker));
      if (moves) {
        for (const id of idleExits(stage, beat, cast)) warnIdleExit(id, beat.path, from);
        applyBeat(stage, beat, 0, cast);
      }
      visit(beat.path);
      const dot = beat.path.indexOf('.');
      if (dot > 0) visit(beat.path.slice(0, dot));
    }
    for (const p of run.problems) {
      if (seenProblems.has(p.message)) continue;
      seenProblems.add(p.message);
      report.problems.push({ ...p, route: from.route, ...withSeed(from.seed) });
    }
    let broke = false;
    for (const issue of run.issues) {
      const deadEnd = /ran out of content/i.test(issue.message);
      if (issue.severity !== 'error' && !deadEnd) continue;
      broke = true;
      const target = deadEnd ? report.deadEnds : report.runtimeErrors;
      if (!target.some((f) => f.message === issue.message)) target.push({ message: issue.message, route: from.route, ...withSeed(from.seed) });
    }
    markVisited(run);
    if (restarted && !broke) {
      endings.add(ending ?? 'restart');
      return { edge: { to: null, ends: true, words }, next: null };
    }
    if (broke || run.status !== 'choose') {
      if (!broke) endings.add(ending ?? lastPath ?? 'fine');
      return { edge: { to: null, ends: !broke, words }, next: null };
    }
    visit(run.position);
    const state = run.stateJson;
    const future = futureOf(state, use);
    for (const block of future.choiceBlocks) blocks.add(block);
    // Who stands on stage is part of the state: an `# exit:` does something or nothing by it.
    const key = `${future.key}${JSON.stringify([stage.present, stage.leaving])}`;
    const seen = ids.get(key);
    if (seen !== undefined) return { edge: { to: seen, ends: false, words }, next: null };
    if (ids.size >= maxStates) {
      stopped ??= 'states';
      unplayed = Math.min(unplayed, from.route.length);
      return { edge: { to: null, ends: false, words }, next: null };
    }
    const id = graph.addState();
    ids.set(key, id);
    return { edge: { to: id, ends: false, words }, next: { ...from, id, state, stage } };
  };

  // The starts: one per seed (or one, when nothing is random).
  const starts: RouteEdge[] = [];
  for (const seed of random ? seeds : [undefined]) {
    run = StoryRun.start(json, cast, '', seed);
    const { edge, next } = readStretch({ stage: emptyStage(), route: [], choices: [], seed });
    starts.push(edge);
    if (next) queue.push(next);
  }
  run = StoryRun.forExploring(json, cast);

  const outOfTime = (depth: number) => {
    if (Date.now() < deadline) return false;
    stopped = 'time';
    unplayed = Math.min(unplayed, depth);
    return true;
  };

  play: for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    if (outOfTime(node.route.length)) break;
    const now = Date.now();
    if (options.onProgress && now - lastProgress >= progressEvery) {
      lastProgress = now;
      options.onProgress({ explored: report.coverage.states.explored, discovered: ids.size, depth: node.route.length, knotsReached: visited.size, knots: names.length, ms: now - started });
    }
    queue[head] = null; // states are large: keep only the ones still to play
    if (node.route.length >= maxDepth) {
      stopped ??= 'depth';
      unplayed = Math.min(unplayed, node.route.length);
      continue;
    }
    deepest = Math.max(deepest, node.route.length);
    report.coverage.states.explored++;
    run.loadState(node.state);
    for (const [i, choice] of run.choices.entries()) {
      // A choice point can offer many choices, each a long stretch: the budget is checked for each.
      if (i > 0 && outOfTime(node.route.length)) break play;
      if (i > 0) run.loadState(node.state); // the first choice starts from the state just loaded
      run.choose(choice.index);
      const { edge, next } = readStretch({
        stage: node.stage,
        route: [...node.route, choice.text],
        choices: [...node.choices, choice.index],
        seed: node.seed,
      });
      graph.addEdge(node.id, edge);
      if (next) queue.push(next);
    }
  }

  const summary = graph.summarize(starts);
  report.routes = summary.routes;
  report.words = { reached: [...texts].reduce((n, t) => n + countWords(t), 0), shortestRoute: summary.shortest, longestRoute: summary.longest };
  report.choicePoints = blocks.size;
  report.choiceStates = ids.size;
  report.texts = [...texts];
  report.lines = report.texts.length;
  report.endings = [...endings];
  report.reached = names.filter((name) => visited.has(name));
  report.unreached = names.filter((name) => !visited.has(name));
  const complete = stopped === null;
  report.coverage = {
    complete,
    stoppedBy: stopped,
    knots: { reached: report.reached.length, total: names.length },
    states: { explored: report.coverage.states.explored, discovered: ids.size },
    depth: complete ? deepest + 1 : unplayed,
    ms: Date.now() - started,
  };
  if (stopped === 'time') report.boundHit = `stopped after ${Math.round((options.timeMs ?? 30_000) / 1000)} s`;
  else if (stopped === 'states') report.boundHit = `stopped after ${maxStates} distinct choice states; raise --max-states to explore further`;
  else if (stopped === 'depth') report.boundHit = `a route went deeper than ${maxDepth} choices`;
  return report;
}
