import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAll } from '../../scripts/ink/check';
import { parseMeta } from '../../src/engine/tags';
import { readGlobalTags } from '../../scripts/ink/episodes';
import { episodeSlugs, loadCast, STORIES_DIR } from '../helpers/stories';
import { ESSAY_FILE } from './essay';

const cast = loadCast();

describe('the real stories', () => {
  const checks = checkAll(STORIES_DIR, cast);
  const slugs = episodeSlugs();

  it('every top-level .ink file in stories/ is an episode, and only those: the essay beside them is not', () => {
    expect(slugs.length).toBeGreaterThan(0);
    expect(checks.map((c) => c.slug)).toEqual(slugs);
    for (const c of checks) expect(path.relative(STORIES_DIR, c.file)).toBe(`${c.slug}.ink`);
    expect(fs.existsSync(ESSAY_FILE)).toBe(true);
    expect(path.relative(STORIES_DIR, ESSAY_FILE).endsWith('.ink')).toBe(false);
  });

  it('every episode declares a title, a time, a summary and its own number', () => {
    const metas = checks.map((c) => parseMeta(readGlobalTags(fs.readFileSync(c.file, 'utf8'))));
    for (const meta of metas) {
      expect(meta.title).not.toBe('');
      expect(meta.time).not.toBe('');
      expect(meta.summary).not.toBe('');
      expect(meta.episode).toMatch(/^\d+$/);
    }
    expect(new Set(metas.map((m) => m.episode)).size).toBe(metas.length);
  });

  it.each(checks.map((c) => [c.slug, c] as const))(
    '%s compiles and every route plays to an end: no runtime errors, dead ends, unknown speakers or tags',
    (_slug, check) => {
      expect(check.errors).toEqual([]);
      expect(check.report!.endings.length).toBeGreaterThan(0);
      expect(check.report!.unreached).toEqual([]);
    },
  );

  // Episode 4 is the essay itself; the others are its recap and teaser played as episodes.
  it('episode 4 branches for real: at least six choice points and two endings', () => {
    const report = checks.find((c) => c.slug === 'episodio-4')!.report!;
    expect(report.choicePoints).toBeGreaterThanOrEqual(6);
    expect(report.endings.length).toBeGreaterThanOrEqual(2);
  });
});
