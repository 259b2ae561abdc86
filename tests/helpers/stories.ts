import fs from 'node:fs';
import path from 'node:path';
import { compileInkFile, formatMessage } from '../../scripts/ink/compiler';
import { findEpisodes } from '../../scripts/ink/episodes';
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
