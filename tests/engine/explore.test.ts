import { describe, expect, it } from 'vitest';
import { exploreStory } from '../../src/engine/explore';
import { compileFixture, loadCast } from '../helpers/stories';

const cast = loadCast();

describe('exploreStory', () => {
  it('plays every route: lines, choice points, endings and route count', () => {
    const r = exploreStory(compileFixture('basic'), cast);
    expect(r.endings.sort()).toEqual(['fine', 'via']);
    expect(r.routes).toBe(3);
    expect(r.choicePoints).toBe(2);
    expect(r.texts).toContain('Grazie di essere rimasto.');
    expect(r.texts).toContain('Buongiorno dal file incluso.');
    expect(r.deadEnds).toEqual([]);
    expect(r.boundHit).toBeNull();
  });

  it('merges routes that converge and still counts every route through a loop', () => {
    const r = exploreStory(compileFixture('long'), cast);
    expect(r.endings).toEqual(['fine']);
    expect(r.texts).toContain('Fine dopo 6 giri.');
    expect(r.routes).toBeGreaterThan(6);
  });

  it('reports a dead end with the route that leads to it', () => {
    const r = exploreStory(compileFixture('runtime-error'), cast);
    expect(r.deadEnds).toHaveLength(1);
    expect(r.deadEnds[0].message).toMatch(/ran out of content/);
  });

  it('says so when a bound stops the exploration', () => {
    const r = exploreStory(compileFixture('long'), cast, { maxStates: 2 });
    expect(r.boundHit).toMatch(/stopped after 2 distinct choice states/);
  });
});
