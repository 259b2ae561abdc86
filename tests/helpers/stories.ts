import fs from 'node:fs';
import path from 'node:path';
import { compileInkFile, formatMessage } from '../../scripts/ink/compiler';
import { findEpisodes } from '../../scripts/ink/episodes';
import { futureOf } from '../../src/engine/explore';
import { scanStory } from '../../src/engine/story-scan';
import { StoryRun } from '../../src/engine/run';
import type { Cast } from '../../src/engine/types';

export const STORIES_DIR = path.resolve(__dirname, '../../stories');
export const FIXTURES_DIR = path.resolve(__dirname, '../fixtures');

const compiled = new Map<string, string>();

/**
 * Compiles an ink file (once per test file: stories and fixtures do not change during a run),
 * throwing with every `file:line` message when it does not compile.
 */
export function compileFile(file: string): string {
  const known = compiled.get(file);
  if (known !== undefined) return known;
  const { json, messages } = compileInkFile(file);
  if (!json) throw new Error(messages.map(formatMessage).join('\n'));
  compiled.set(file, json);
  return json;
}

/** Compiled JSON of a real episode in stories/, e.g. `compileEpisode('episodio-4')`. */
export function compileEpisode(slug: string): string {
  return compileFile(path.join(STORIES_DIR, `${slug}.ink`));
}

/** Compiled JSON of a test fixture in tests/fixtures/. */
export function compileFixture(name: string): string {
  return compileFile(path.join(FIXTURES_DIR, `${name}.ink`));
}

export function loadCast(): Cast {
  return JSON.parse(fs.readFileSync(path.join(STORIES_DIR, 'cast.json'), 'utf8')) as Cast;
}

/** Slugs of the episodes: every top-level .ink file in stories/. */
export function episodeSlugs(): string[] {
  return findEpisodes(STORIES_DIR).map((e) => e.slug);
}

/** A stretch of one route: the lines read one after the other up to a choice point or the end. */
export interface Stretch {
  /** Speech and narration, as the reader meets them (speaker prefixes removed). */
  lines: string[];
  /** The choice point it stops at, or null where the episode ends. */
  stop: Stop | null;
}

/** A choice point as the reader meets it after some history. */
export interface Stop {
  /** Labels of the choices offered. */
  offered: string[];
  /** The first route found to it (the labels chosen), for messages. */
  route: string[];
  /** What follows each choice, in the order offered. */
  next: Stretch[];
}

/** Every route through an episode, as a graph of stretches: routes are the paths from `start`. */
export interface Routes {
  start: Stretch;
  /** Every choice point met, once per distinct state. */
  stops: Stop[];
}

/**
 * Plays every route of a compiled episode with the engine's StoryRun, choosing every choice at every
 * choice point. States with the same future are played once (so this is exhaustive, not sampled);
 * throws on runtime errors and when a route goes on for more than `maxDepth` choices.
 */
export function walkRoutes(json: string, cast: Cast = loadCast(), maxDepth = 200): Routes {
  const run = StoryRun.forExploring(json, cast);
  const use = scanStory(json); // as the check: turn counts and dice in the key only where the story reads them
  const stops = new Map<string, Stop>();

  const read = (route: string[]): Stretch => {
    const lines = run.readAll().flatMap((b) => (b.kind === 'direction' ? [] : [b.text]));
    const error = run.issues.find((i) => i.severity === 'error');
    if (error) throw new Error(`${error.message} (after: ${route.join(' → ') || 'the start'})`);
    if (run.status !== 'choose') return { lines, stop: null };
    if (route.length >= maxDepth) throw new Error(`a route goes on for more than ${maxDepth} choices: ${route.join(' → ')}`);

    const key = futureOf(run.stateJson, use).key;
    const known = stops.get(key);
    if (known) return { lines, stop: known };
    const choices = run.choices;
    const stop: Stop = { offered: choices.map((c) => c.text), route, next: [] };
    stops.set(key, stop);
    const state = run.stateJson;
    const history = run.transcript.length;
    for (const choice of choices) {
      run.loadState(state);
      run.transcript.length = history;
      run.choose(choice.index);
      stop.next.push(read([...route, choice.text]));
    }
    return { lines, stop };
  };

  const start = read([]);
  return { start, stops: [...stops.values()] };
}
