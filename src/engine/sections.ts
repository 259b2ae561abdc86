// Sections of an episode (`# section: La rivoluzione` on a section's first line): the facilitator's list
// of the main turns, and the choices that lead to each, so the workshop mode can jump there by playing
// them (the ink state after a jump is one a reader could reach, never a state patched by hand).
import { futureOf, type ExploreOptions } from './explore';
import { scanStory } from './story-scan';
import { StoryRun, namedPath } from './run';
import { splitTag } from './tags';
import type { Cast, StoryBeat } from './types';

/** A section and the shortest way to it from the start. */
export interface Section {
  name: string;
  /** Choice indices (`ChoiceOption.index`) to pick, in order, from the start; empty before the first choice. */
  route: number[];
  /** The labels of those choices, as the reader sees them (for lists and messages). */
  labels: string[];
  /** The ink path (`knot.stitch`) of the section's first line. */
  path: string;
}

/** A `# section:` tag as written in the compiled story, found without playing it. */
export interface DeclaredSection {
  name: string;
  /** The named part of where it is (`knot.stitch`; '' at the top of the file). */
  path: string;
  /** Its exact place in the compiled story: two tags are on different lines when these differ. */
  at: string;
}

/**
 * Every `# section:` tag in a compiled story (ink 21 tags: `#`, text, `/#`; also the older `{"#": …}`),
 * in the order of the compiled JSON. Tags built at run time (`# section: {x}`) cannot be read here.
 */
export function declaredSections(json: string): DeclaredSection[] {
  const found: DeclaredSection[] = [];
  const consider = (tag: string, at: string[]) => {
    const { key, value } = splitTag(tag);
    if (key === 'section' && value) found.push({ name: value, path: namedPath(at.join('.')), at: at.join('.') });
  };
  const visit = (node: unknown, at: string[]): void => {
    if (Array.isArray(node)) {
      let tag: string[] | null = null;
      node.forEach((item, i) => {
        if (item === '#') tag = [];
        else if (item === '/#') {
          if (tag) consider(tag.join(''), [...at, String(i)]);
          tag = null;
        } else if (tag) {
          if (typeof item === 'string' && item.startsWith('^')) tag.push(item.slice(1));
          else tag = null; // built at run time
        }
        if (item && typeof item === 'object' && !Array.isArray(item) && typeof (item as { '#'?: unknown })['#'] === 'string') {
          consider((item as { '#': string })['#'], [...at, String(i)]);
        }
        if (Array.isArray(item)) visit(item, [...at, String(i)]);
        else if (item && typeof item === 'object') visit(item, at); // named content of this container
      });
    } else if (node && typeof node === 'object') {
      for (const [name, inner] of Object.entries(node)) if (Array.isArray(inner)) visit(inner, [...at, name]);
    }
  };
  visit((JSON.parse(json) as { root: unknown }).root, []);
  return found;
}

/**
 * Breadth first over the choice points (states with the same future, as the explorer keys them, are
 * met once): each section is found first on a shortest route. Stops when `done` says so.
 */
function searchSections(json: string, cast: Cast, done: (found: Map<string, Section>) => boolean, options: ExploreOptions): Map<string, Section> {
  const maxStates = options.maxStates ?? 20000;
  const maxDepth = options.maxDepth ?? 200;
  const run = StoryRun.forExploring(json, cast);
  const use = scanStory(json); // turn counts and dice join the key only in a story that reads them
  const found = new Map<string, Section>();
  const read = (route: number[], labels: string[]) => {
    run.transcript.length = 0;
    run.issues.length = 0;
    run.problems.length = 0;
    for (const beat of run.readAll()) {
      if (beat.section && !found.has(beat.section)) found.set(beat.section, { name: beat.section, route, labels, path: beat.path });
    }
    return !run.failure && run.status === 'choose';
  };

  if (!read([], []) || done(found)) return found;
  const queue: ({ state: string; route: number[]; labels: string[] } | null)[] = [{ state: run.stateJson, route: [], labels: [] }];
  const seen = new Set([futureOf(run.stateJson, use).key]);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    queue[head] = null; // states are large: keep only the ones still to visit
    if (node.route.length >= maxDepth) continue;
    run.loadState(node.state);
    for (const choice of run.choices) {
      run.loadState(node.state);
      run.choose(choice.index);
      const goesOn = read([...node.route, choice.index], [...node.labels, choice.text]);
      if (done(found)) return found;
      if (!goesOn) continue;
      const state = run.stateJson;
      const key = futureOf(state, use).key;
      if (seen.has(key) || seen.size >= maxStates) continue;
      seen.add(key);
      queue.push({ state, route: [...node.route, choice.index], labels: [...node.labels, choice.text] });
    }
  }
  return found;
}

/**
 * The sections of a compiled episode in story order (the order they are first met on the shortest
 * routes), each with the shortest route to its first line. A section no route reaches is left out
 * (`npm run stories:check` reports it).
 */
export function listSections(json: string, cast: Cast, options: ExploreOptions = {}): Section[] {
  const declared = new Set(declaredSections(json).map((d) => d.name));
  if (declared.size === 0) return [];
  const all = (found: Map<string, Section>) => [...declared].every((name) => found.has(name));
  return [...searchSections(json, cast, all, options).values()];
}

/**
 * The shortest list of choice indices that leads from the start to the first line carrying section
 * `name`, or null when no route reaches it. Play it with `playToSection`.
 */
export function routeToSection(json: string, cast: Cast, name: string, options: ExploreOptions = {}): number[] | null {
  return searchSections(json, cast, (found) => found.has(name), options).get(name)?.route ?? null;
}

/**
 * Plays `route` on a run standing at its start (reading every line on the way, as a reader would),
 * then reads on up to and including the first line of section `name`, and returns that line: the run
 * (its transcript, stage and rewind points) then stands where a reader arriving there would. Returns
 * null, with the run wherever it stopped, when the route does not fit the story or the section does
 * not follow it.
 */
export function playToSection(run: StoryRun, route: readonly number[], name: string): StoryBeat | null {
  for (const index of route) {
    run.readAll();
    if (run.status !== 'choose' || !run.choices.some((c) => c.index === index)) return null;
    run.choose(index);
  }
  for (let beat = run.next(); beat; beat = run.next()) if (beat.section === name) return beat;
  return null;
}
