import { describe, expect, it, vi } from 'vitest';
import { compileLongStory } from '../../scripts/bench/long-story';
import { CHECKPOINT_EVERY, StoryRun } from '../../src/engine/run';
import { stageAfter } from '../../src/engine/stage';
import { compileFixture, loadCast } from '../helpers/stories';

const cast = loadCast();
const text = (run: StoryRun) => run.transcript.map((b) => ('text' in b ? b.text : `<${b.kind}>`));

describe('StoryRun: back one line', () => {
  it('steps back one line at a time, then across a choice to its choice point, down to the first line', () => {
    const run = StoryRun.start(compileFixture('basic'), cast, 'basic');
    run.readAll();
    run.choose(0);
    run.readAll();
    const seen: string[][] = [];
    const states: string[] = [];
    // Record every position reading forward from a fresh run, then walk back and compare.
    const fresh = StoryRun.start(compileFixture('basic'), cast, 'basic');
    for (;;) {
      seen.push(text(fresh));
      states.push(fresh.status);
      if (fresh.status === 'choose') {
        if (fresh.transcript.some((b) => b.kind === 'choice')) break;
        fresh.choose(0);
      }
      if (!fresh.next()) break;
    }
    expect(text(run)).toEqual(seen.at(-1));
    const back: string[][] = [text(run)];
    while (run.backLine()) back.push(text(run));
    // Every place stepped back to is one the reader stood at going forward (no half-states).
    for (const t of back) expect(seen).toContainEqual(t);
    expect(back.at(-1)).toEqual(['Lo sapevo è finita la festa']);
    expect(run.status).toBe('continue');
  });

  it('going back over the first line after a choice returns to the choice, with its options', () => {
    const run = StoryRun.start(compileFixture('basic'), cast, 'basic');
    run.readAll();
    run.choose(0);
    run.next(); // «Va bene, ascolto.»
    expect(run.backLine()).toBe(true);
    expect(run.status).toBe('choose');
    expect(run.choices.map((c) => c.text)).toEqual(['Ascoltare', 'Andarsene']);
    expect(run.depth).toBe(0);
  });

  it('a step back then forward gives the very same lines and ink state (variables included)', () => {
    const forward = (run: StoryRun) => (run.status === 'choose' ? (run.choose(run.choices[0].index), true) : run.next() !== null);
    const reference = StoryRun.start(compileFixture('long'), cast, 'long');
    const states = new Map<number, string>();
    for (let i = 0; i < 14 && forward(reference); i++) states.set(reference.transcript.length, JSON.stringify(JSON.parse(reference.stateJson).variablesState));
    const run = StoryRun.start(compileFixture('long'), cast, 'long');
    while (run.transcript.length < reference.transcript.length) forward(run);
    for (let back = 1; back <= 4; back++) {
      for (let i = 0; i < back; i++) expect(run.backLine()).toBe(true);
      expect(text(run)).toEqual(text(reference).slice(0, run.transcript.length));
      expect(JSON.stringify(JSON.parse(run.stateJson).variablesState)).toBe(states.get(run.transcript.length));
      while (run.transcript.length < reference.transcript.length) forward(run);
      expect(text(run)).toEqual(text(reference));
    }
  });

  it('returns to any earlier line or choice of the history in one step', () => {
    const run = StoryRun.start(compileFixture('long'), cast, 'long');
    run.readAll();
    run.choose(0);
    run.readAll();
    run.choose(0);
    run.readAll();
    const choiceAt = run.transcript.findIndex((b) => b.kind === 'choice');
    expect(run.returnTo(choiceAt)).toBe(true);
    expect(run.status).toBe('choose');
    expect(run.transcript).toHaveLength(choiceAt);
    expect(run.depth).toBe(0);
  });

  it('costs the same at line 4,000 as at line 40: it replays from the nearest checkpoint', () => {
    const run = StoryRun.start(compileLongStory(5000), cast, 'lunga');
    for (let i = 0; i < 4000; i++) run.next();
    const expected = text(run).slice(0, -1);
    const story = (run as unknown as { story: { Continue: () => string } }).story;
    let continues = 0;
    const original = story.Continue.bind(story);
    story.Continue = () => {
      continues++;
      return original();
    };
    expect(run.backLine()).toBe(true);
    expect(text(run)).toEqual(expected);
    expect(continues).toBeLessThanOrEqual(CHECKPOINT_EVERY);
    // And forward again from there, on the same lines.
    expect(run.next()).toMatchObject({ text: expect.stringContaining('Riga numero 4000 ') });
  });

  it('keeps the stage in step, beat by beat, with the stage folded from scratch', () => {
    const run = StoryRun.start(compileFixture('basic'), cast, 'basic');
    run.readAll();
    run.choose(1);
    run.readAll();
    expect(run.stage).toEqual(stageAfter(run.transcript, cast));
    run.backLine();
    expect(run.stage).toEqual(stageAfter(run.transcript, cast));
  });
});

describe('StoryRun: the ink state is serialised once per position', () => {
  const toJsonCalls = (run: StoryRun) => vi.spyOn(Object.getPrototypeOf((run as unknown as { story: { state: object } }).story.state), 'toJson');

  it('choosing right after the save at the choice point reuses the saved state: nothing is serialised in the click', () => {
    const run = StoryRun.start(compileFixture('basic'), cast, 'basic');
    run.readAll();
    run.save(0); // the idle save once the choices are on screen
    const calls = toJsonCalls(run);
    try {
      run.choose(0);
      expect(calls).not.toHaveBeenCalled();
    } finally {
      calls.mockRestore();
    }
    run.readAll();
    expect(run.back()).toBe(true);
    expect(run.status).toBe('choose');
    expect(run.choices.map((c) => c.text)).toEqual(['Ascoltare', 'Andarsene']);
  });

  it('a state saved earlier is never taken for a later one: reading on, choosing and stepping back land where they should', () => {
    const run = StoryRun.start(compileFixture('basic'), cast, 'basic');
    const saved = run.save(0).state; // before the first line
    run.readAll();
    const atChoice = text(run);
    expect(run.stateJson).not.toBe(saved);
    run.choose(1);
    run.readAll();
    expect(run.back()).toBe(true);
    expect(text(run)).toEqual(atChoice);
    expect(run.status).toBe('choose');
    // Choosing again after the rewind takes the rewound state, not the one before it.
    run.choose(0);
    run.next();
    expect(run.backLine()).toBe(true);
    expect(run.status).toBe('choose');
    expect(text(run)).toEqual(atChoice);
  });
});
