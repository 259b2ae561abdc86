import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAll } from '../../scripts/ink/check';
import { readGlobalTags } from '../../scripts/ink/episodes';
import { episodeSlugs, loadCast, STORIES_DIR } from '../helpers/stories';
import { essaySentences, readEssay, unreachable } from './essay';

const cast = loadCast();

describe('the real stories', () => {
  const checks = checkAll(STORIES_DIR, cast);

  it('has the three episodes of the essay', () => {
    expect(episodeSlugs()).toEqual(['episodio-3', 'episodio-4', 'episodio-5']);
  });

  it.each(checks.map((c) => [c.slug, c] as const))(
    '%s compiles and every route plays to an end: no runtime errors, dead ends, unknown speakers or tags',
    (_slug, check) => {
      expect(check.errors).toEqual([]);
      expect(check.report!.endings.length).toBeGreaterThan(0);
      expect(check.report!.unreached).toEqual([]);
    },
  );

  it('episode 4 branches for real: at least six choice points and two endings', () => {
    const report = checks.find((c) => c.slug === 'episodio-4')!.report!;
    expect(report.choicePoints).toBeGreaterThanOrEqual(6);
    expect(report.endings.length).toBeGreaterThanOrEqual(2);
  });

  it('every sentence of the essay is reachable on some path, in the author\'s words', () => {
    const texts: string[] = [];
    // The check above already played every route: its texts are everything a reader can meet.
    for (const check of checks) {
      texts.push(...check.report!.texts);
      texts.push(...readGlobalTags(fs.readFileSync(check.file, 'utf8')));
    }
    const sentences = essaySentences(readEssay());
    expect(sentences.length).toBeGreaterThan(30);
    expect(unreachable(sentences, texts)).toEqual([]);
  });
});
