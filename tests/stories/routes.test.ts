// Every route of every episode, played with the engine's StoryRun: how choices are offered, and what a
// reader can meet. The episodes are whatever is in stories/ (see episodeSlugs).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGlobalTags } from '../../scripts/ink/episodes';
import { splitTag } from '../../src/engine/tags';
import { compileEpisode, episodeSlugs, STORIES_DIR, walkRoutes, type Routes, type Stretch } from '../helpers/stories';
import { alone, essaySentences, readEssay, unreachable } from './essay';

// Episode 4 has thousands of distinct choice states: walk each episode once per file.
const walked = new Map<string, Routes>();
const routesOf = (slug: string) => {
  if (!walked.has(slug)) walked.set(slug, walkRoutes(compileEpisode(slug)));
  return walked.get(slug)!;
};

/** Every stretch of every route of an episode, once. */
function stretches(routes: Routes): Stretch[] {
  const seen = new Set<Stretch>();
  const todo = [routes.start];
  for (let s = todo.pop(); s; s = todo.pop()) {
    if (seen.has(s)) continue;
    seen.add(s);
    if (s.stop) todo.push(...s.stop.next);
  }
  return [...seen];
}

const WALK = 120_000;

describe('every route of every episode', () => {
  it.each(episodeSlugs())(
    '%s: every choice point offers at least two choices',
    (slug) => {
      const routes = routesOf(slug);
      expect(routes.stops.length).toBeGreaterThan(0);
      // One message per lone offer, with the first route found to it (it may be met after many histories).
      const single = new Map<string, string>();
      for (const stop of routes.stops.filter((s) => s.offered.length < 2)) {
        const offer = `only «${stop.offered.join('')}»`;
        if (!single.has(offer)) single.set(offer, `${offer} after: ${stop.route.join(' → ') || 'the start'}`);
      }
      expect([...single.values()]).toEqual([]);
    },
    WALK,
  );

  it.each(episodeSlugs())(
    '%s: no line reads a bracketed place label such as «[7-eleven]» (it is a # scene: tag)',
    (slug) => {
      const labels = stretches(routesOf(slug)).flatMap((s) => s.lines.filter((line) => /\[[^\]]*\]/.test(line)));
      expect([...new Set(labels)]).toEqual([]);
    },
    WALK,
  );

  it(
    'every sentence of the essay is met on some route, in the author\'s words',
    () => {
      const starts = episodeSlugs().flatMap((slug) => {
        const source = fs.readFileSync(path.join(STORIES_DIR, `${slug}.ink`), 'utf8');
        const meta = readGlobalTags(source)
          .map(splitTag)
          .filter(({ key }) => ['title', 'time', 'summary'].includes(key))
          .map(({ value }) => alone(value));
        return [routesOf(slug).start, ...meta];
      });
      const sentences = essaySentences(readEssay());
      expect(sentences.length).toBeGreaterThan(30);
      expect(unreachable(sentences, starts)).toEqual([]);
    },
    WALK,
  );
});
