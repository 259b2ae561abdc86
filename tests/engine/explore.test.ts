import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exploreStory, futureOf, namedContainers, type ExploreProgress } from '../../src/engine/explore';
import { RouteGraph } from '../../src/engine/route-graph';
import { idleExits } from '../../src/engine/stage-check';
import { emptyStage } from '../../src/engine/stage';
import { scanStory } from '../../src/engine/story-scan';
import type { StoryBeat } from '../../src/engine/types';
import { compileFile, compileFixture, FIXTURES_DIR, loadCast } from '../helpers/stories';
import { compileInkFile } from '../../scripts/ink/compiler';

const cast = loadCast();
/** A fixture of tests/fixtures/check/, compiled as the check compiles (every visit counted). */
const checkFixture = (name: string) => compileInkFile(path.join(FIXTURES_DIR, 'check', `${name}.ink`), { countAllVisits: true }).json!;
const forward = (n: number) => Array<string>(n).fill('Avanti');

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
    expect(r.coverage).toMatchObject({ complete: true, stoppedBy: null });
  });

  it('merges routes that converge and still counts every route through a loop', () => {
    const r = exploreStory(compileFixture('long'), cast);
    expect(r.endings).toEqual(['fine']);
    expect(r.texts).toContain('Fine dopo 6 giri.');
    expect(r.routes).toBeGreaterThan(6);
  });

  it('reports a dead end with the route that leads to it, and does not count it as an ending', () => {
    const r = exploreStory(compileFixture('runtime-error'), cast);
    expect(r.deadEnds).toHaveLength(1);
    expect(r.deadEnds[0].message).toMatch(/ran out of content/);
    expect(r.endings).toEqual([]);
    expect(r.routes).toBe(0);
  });

  it('says so when a bound stops the exploration, and what it covered', () => {
    const r = exploreStory(compileFixture('long'), cast, { maxStates: 2 });
    expect(r.boundHit).toMatch(/stopped after 2 distinct choice states/);
    expect(r.coverage).toMatchObject({ complete: false, stoppedBy: 'states', states: { discovered: 2 } });
  });

  it('a dead end only one order of visits reaches (TURNS_SINCE) is found: such states are never merged', () => {
    // «Al forno → All’edicola» and «All’edicola → Al forno» leave the same variables and visit counts:
    // merged without the turns, the second order (the dead end) is never played.
    const r = exploreStory(checkFixture('turns-since'), cast);
    expect(r.deadEnds.map((f) => f.route)).toEqual([['Al forno', 'All’edicola', 'Basta giri']]);
    expect(r.endings).toEqual(['pane']);
  });

  it('keys turns only for a story that reads them, so our stories merge as before', () => {
    const turns = scanStory(checkFixture('turns-since'));
    expect(turns).toMatchObject({ turnsSince: true, turnsSinceOf: ['edicola', 'forno'], turns: false, random: false, shuffle: false });
    expect(scanStory(compileFixture('long'))).toMatchObject({ turnsSince: false, turns: false, random: false, shuffle: false });
    const state = JSON.stringify({
      flows: { DEFAULT_FLOW: { callstack: { threads: [] } } }, variablesState: {}, evalStack: [], visitCounts: { a: 1 },
      turnIndices: { edicola: 3, forno: 5 }, turnIdx: 6, storySeed: 7, previousRandom: 9,
    });
    const later = state.replace('"turnIdx":6', '"turnIdx":8').replace('"forno":5', '"forno":7').replace('"edicola":3', '"edicola":5');
    const swapped = state.replace('"forno":5', '"forno":3').replace('"edicola":3', '"edicola":5');
    expect(futureOf(later, turns).key).toBe(futureOf(state, turns).key); // the same distances, later on
    expect(futureOf(swapped, turns).key).not.toBe(futureOf(state, turns).key); // the other order
    expect(futureOf(swapped).key).toBe(futureOf(state).key); // a story that never asks
  });

  it('RANDOM: explores with fixed seeds, names the seed of a dead end, gives the same report every run', () => {
    const json = checkFixture('random');
    const r = exploreStory(json, cast);
    expect(r.seeds).toEqual([1, 2, 3]);
    expect(r.uses.random).toBe(true);
    expect(r.deadEnds).toEqual([{ message: expect.stringMatching(/ran out of content/), route: ['Tirare'], seed: 2 }]);
    expect([...r.endings].sort()).toEqual(['due', 'quattro']);
    const again = exploreStory(json, cast);
    expect({ ...again, coverage: { ...again.coverage, ms: 0 } }).toEqual({ ...r, coverage: { ...r.coverage, ms: 0 } });
    // One seed draws a four: that seed alone would pass.
    expect(exploreStory(json, cast, { seeds: 1 })).toMatchObject({ seeds: [1], deadEnds: [], endings: ['quattro'] });
  });

  it('a shuffle is played with the seeds too; a story without chance needs none', () => {
    const r = exploreStory(compileFile(path.join(FIXTURES_DIR, 'check', 'shuffle.ink')), cast);
    expect(r.uses.shuffle).toBe(true);
    expect(r.seeds).toEqual([1, 2, 3]);
    expect(r.texts.filter((t) => /^(Piove|C’è il sole|Nevica)\.$/.test(t)).length).toBeGreaterThan(1);
    expect(exploreStory(compileFixture('basic'), cast).seeds).toEqual([]);
  });

  it('breadth first: a dead end ten choices deep is found even when the story is larger than the state budget', () => {
    const r = exploreStory(checkFixture('deep'), cast, { maxStates: 2000 });
    expect(r.deadEnds.map((f) => f.route)).toEqual([forward(10)]);
    expect(r.coverage).toMatchObject({ complete: false, stoppedBy: 'states' });
   }, 30_000);

  it('stops at the time budget and reports what it covered (a 16 KB story with heavy LIST logic)', () => {
    const json = checkFixture('lists');
    expect(json.length).toBeGreaterThan(16_000);
    const progress: ExploreProgress[] = [];
    const started = Date.now();
    const r = exploreStory(json, cast, { timeMs: 2000, onProgress: (p) => progress.push(p), progressEveryMs: 200 });
    const took = Date.now() - started;
    expect(took).toBeLessThan(2000 + 3000); // one stretch past the budget at most, on a busy machine
    expect(r.coverage.stoppedBy).toBe('time');
    expect(r.boundHit).toBe('stopped after 2 s');
    expect(r.coverage.knots.reached).toBeGreaterThan(0);
    expect(r.coverage.knots.reached).toBeLessThan(r.coverage.knots.total);
    expect(r.coverage.states.explored).toBeGreaterThan(0);
    expect(r.coverage.states.explored).toBeLessThan(r.coverage.states.discovered);
    expect(r.coverage.depth).toBeGreaterThan(0);
    expect(r.functions).toEqual(['manca', 'nome', 'passa_ora', 'prezzo', 'ricetta']);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)!.explored).toBeGreaterThanOrEqual(progress[0].explored);
  }, 20_000);

  it('never lists functions as unreached knots, called or not', () => {
    const json = checkFixture('functions');
    const r = exploreStory(json, cast, { functions: ['mai_chiamata'] });
    expect(r.unreached).toEqual(['retro']);
    expect(r.reached).toEqual(['cassa']);
    expect(r.functions).toEqual(['mai_chiamata', 'saluta', 'somma', 'suona']);
    expect(namedContainers(json)).not.toContain('somma');
  });

  it('warns about an exit for someone not on stage, or for a voice', () => {
    const r = exploreStory(checkFixture('exits'), cast);
    expect(r.warnings.map((w) => w.message)).toEqual([
      '# exit: cappotto does nothing: cappotto is not on stage here',
      '# exit: valigetta does nothing: valigetta is not on stage here',
      '# exit: autore does nothing: autore is a voice and never stands on stage',
    ]);
  });

  it('idleExits follows the stage: the speaker can always leave, an entrance on the same line counts', () => {
    const line = (speaker: string | null, directions: { type: 'enter' | 'exit'; who: string[] }[]): StoryBeat => {
      const base = { text: 'x', id: 0, path: '', directions, notes: [], prompts: [], classes: [], ending: null, endingName: null, section: null };
      return speaker ? { kind: 'speech', speaker, ...base } : { kind: 'narration', ...base };
    };
    const stage = emptyStage();
    expect(idleExits(stage, line('cappotto', [{ type: 'exit', who: ['cappotto'] }]), cast)).toEqual([]);
    expect(idleExits(stage, line(null, [{ type: 'enter', who: ['valigetta'] }, { type: 'exit', who: ['valigetta'] }]), cast)).toEqual([]);
    expect(idleExits({ ...stage, present: ['cappotto'], leaving: ['cappotto'] }, line(null, [{ type: 'exit', who: ['cappotto'] }]), cast)).toEqual(['cappotto']);
  });

  it('counts the words met on the shortest and the longest route', () => {
    const r = exploreStory(checkFixture('words'), cast);
    expect(r.words).toEqual({ reached: 10, shortestRoute: 4, longestRoute: 9 });
  });

  it('a story with no opening divert shows no line', () => {
    const r = exploreStory(checkFixture('no-opening'), cast);
    expect(r.lines).toBe(0);
    expect(r.unreached).toEqual(['inizio']);
  });

  it('lists sections breadth first, each with its shortest route as labels and indices', () => {
    const r = exploreStory(compileFixture('sections'), cast);
    expect(r.sections.map((s) => [s.name, s.route.length, s.choices.length])).toEqual([
      ['Inizio', 0, 0], ['Il silenzio', 1, 1], ['Il lavoro', 1, 1], ['Il tempo', 2, 2],
    ]);
  });
});

describe('scanStory', () => {
  it('reads from the compiled JSON what decides the future, and which knots are functions', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-'));
    const file = path.join(dir, 'uses.ink');
    fs.writeFileSync(file, [
      'VAR dove = -> a',
      '-> a',
      '=== function doppio(x) ===',
      '~ return x * 2',
      '=== a ===',
      '{TURNS()} {RANDOM(1, 2)} {~uno|due} {doppio(1)} {TURNS_SINCE(dove)}',
      '-> END',
    ].join('\n'));
    const use = scanStory(compileInkFile(file).json!);
    expect(use).toEqual({ turnsSince: true, turnsSinceOf: null, turns: true, random: true, shuffle: true, functions: ['doppio'] });
  });
});

describe('RouteGraph', () => {
  it('counts routes through merges, follows a loop once, and measures the words of the shortest and longest', () => {
    const g = new RouteGraph();
    const a = g.addState();
    const b = g.addState();
    g.addEdge(a, { to: b, ends: false, words: 2 });
    g.addEdge(a, { to: null, ends: true, words: 1 });
    g.addEdge(b, { to: a, ends: false, words: 5 }); // back round the loop
    g.addEdge(b, { to: null, ends: true, words: 10 });
    g.addEdge(b, { to: null, ends: false, words: 1 }); // a dead end is no route
    expect(g.summarize([{ to: a, ends: false, words: 3 }])).toEqual({ routes: 2, shortest: 4, longest: 15 });
    expect(g.summarize([{ to: null, ends: false, words: 3 }])).toEqual({ routes: 0, shortest: null, longest: null });
  });
});
