import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Story } from 'inkjs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { compileInkFile, formatMessage } from '../../scripts/ink/compiler';
import { CHECKPOINT_EVERY, StoryRun } from '../../src/engine/run';
import type { Beat } from '../../src/engine/types';
import { FIXTURES_DIR, loadCast } from '../helpers/stories';

const cast = loadCast();
const source = (name: string) => fs.readFileSync(path.join(FIXTURES_DIR, `${name}.ink`), 'utf8');

// Edited versions are compiled from a temporary folder holding the fixtures' includes.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sihv-replay-'));
fs.cpSync(path.join(FIXTURES_DIR, 'shared'), path.join(work, 'shared'), { recursive: true });
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
let edits = 0;
function compile(ink: string): string {
  const file = path.join(work, `edit-${edits++}.ink`);
  fs.writeFileSync(file, ink);
  const { json, messages } = compileInkFile(file);
  if (!json) throw new Error(messages.map(formatMessage).join('\n'));
  return json;
}
const edit = (name: string, from: string, to: string) => {
  const ink = source(name);
  expect(ink).toContain(from);
  return compile(ink.replace(from, to));
};

const text = (beats: readonly Beat[]) => beats.map((b) => (b.kind === 'choice' ? `<${b.text}>` : 'text' in b ? b.text : `<${b.kind}>`));

/** Reads `basic` the way a reader does: to the choice, «Ascoltare», then two lines. */
function readBasic(json = compile(source('basic'))) {
  const run = StoryRun.start(json, cast, 'basic');
  run.readAll();
  run.choose(0);
  run.next();
  run.next();
  return run;
}

describe('StoryRun.replay: a reading rebuilt in an edited story', () => {
  it('lines already read show their new text, at the same place, and every way back still works', () => {
    const before = readBasic();
    const json = edit('basic', 'valigetta: Non dica così.', 'valigetta: Non dica così, la prego.');
    const { run, stop } = StoryRun.replay(json, cast, 'basic', before.transcript, before.seed);
    expect(stop).toEqual({ kind: 'complete' });
    expect(run.transcript).toHaveLength(before.transcript.length);
    expect(text(run.transcript)).toEqual(text(before.transcript).map((t) => (t === 'Non dica così.' ? 'Non dica così, la prego.' : t)));
    expect(text(run.transcript)).toContain('<Ascoltare>');
    expect(run.depth).toBe(1);
    // One line back, then back to the choice, then "back to here" on the edited line: all in the new story.
    expect(run.backLine()).toBe(true);
    expect(run.transcript).toHaveLength(before.transcript.length - 1);
    expect(run.back()).toBe(true);
    expect(run.status).toBe('choose');
    expect(text(run.transcript).at(-1)).toBe('Non dica così, la prego.');
    const edited = run.transcript.findIndex((b) => 'text' in b && b.text === 'Non dica così, la prego.');
    expect(run.returnTo(edited)).toBe(true);
    expect(run.next()).toMatchObject({ text: 'Non dica così, la prego.' });
  });

  it('a choice reworded in place (same number of options) is followed, with its new words', () => {
    const before = readBasic();
    const json = edit('basic', '* [Ascoltare] -> ascolto', '* [Ascoltare fino in fondo] -> ascolto');
    const { run, stop } = StoryRun.replay(json, cast, 'basic', before.transcript, before.seed);
    expect(stop.kind).toBe('complete');
    expect(run.transcript.find((b) => b.kind === 'choice')).toMatchObject({ text: 'Ascoltare fino in fondo', index: 0, offered: 2 });
    expect(text(run.transcript).at(-1)).toBe(text(before.transcript).at(-1));
  });

  it('a choice taken away stops at the choice point where it was made, and says which', () => {
    const before = readBasic();
    const json = edit('basic', '* [Ascoltare] -> ascolto\n', '');
    const { run, stop } = StoryRun.replay(json, cast, 'basic', before.transcript, before.seed);
    expect(stop).toEqual({ kind: 'choice-gone', choice: 'Ascoltare', choicesKept: 0, lastLine: 'Non dica così.', ended: false });
    expect(run.status).toBe('choose');
    expect(run.choices.map((c) => c.text)).toEqual(['Andarsene']);
    expect(run.depth).toBe(0);
  });

  it('a reworded option is not guessed when the number of options changed, nor for old saves that did not record it', () => {
    const before = readBasic();
    const three = edit('basic', '* [Ascoltare] -> ascolto', '* [Ascoltarlo] -> ascolto\n* [Restare zitto] -> via');
    expect(StoryRun.replay(three, cast, 'basic', before.transcript).stop).toMatchObject({ kind: 'choice-gone', choice: 'Ascoltare' });
    const oldSave = before.transcript.map((b) => (b.kind === 'choice' ? { kind: b.kind, id: b.id, text: b.text, index: b.index } : b));
    const reworded = edit('basic', '* [Ascoltare] -> ascolto', '* [Ascoltarlo] -> ascolto');
    expect(StoryRun.replay(reworded, cast, 'basic', oldSave).stop).toMatchObject({ kind: 'choice-gone', choice: 'Ascoltare' });
  });

  it('a story that now ends before the choice stops at its end', () => {
    const before = readBasic();
    const json = edit('basic', '* [Ascoltare] -> ascolto', '-> END\n* [Ascoltare] -> ascolto');
    const { run, stop } = StoryRun.replay(json, cast, 'basic', before.transcript);
    expect(stop).toMatchObject({ kind: 'choice-gone', choice: 'Ascoltare', ended: true });
    expect(run.status).toBe('ended');
  });

  it('after the last choice it reads as many beats as the reader had, and no further than the story goes', () => {
    const before = readBasic(); // two beats after «Ascoltare»
    const longer = edit('basic', 'cappotto: Va bene, ascolto.', 'cappotto: Va bene.\ncappotto: Ascolto.');
    const grown = StoryRun.replay(longer, cast, 'basic', before.transcript).run;
    expect(text(grown.transcript).slice(-2)).toEqual(['Va bene.', 'Ascolto.']);
    const shorter = edit('basic', 'cappotto: Va bene, ascolto.\n-> greeting ->', '-> END');
    const cut = StoryRun.replay(shorter, cast, 'basic', before.transcript);
    expect(cut.stop.kind).toBe('complete');
    expect(cut.run.status).toBe('ended');
    expect(text(cut.run.transcript).at(-1)).toBe('<Ascoltare>');
  });

  it('with the old run\'s seed, shuffles draw the same words', () => {
    const ink = '-> start\n== start\n{~Uno|Due|Tre|Quattro|Cinque|Sei}.\n+ [Avanti] -> start\n';
    const json = compile(ink);
    const before = StoryRun.start(json, cast, 'shuffle');
    for (let i = 0; i < 6; i++) {
      before.readAll();
      before.choose(0);
    }
    before.next();
    const replayed = StoryRun.replay(compile(ink.replace('Avanti', 'Ancora')), cast, 'shuffle', before.transcript, before.seed).run;
    const lines = (beats: readonly Beat[]) => text(beats.filter((b) => b.kind !== 'choice'));
    expect(lines(replayed.transcript)).toEqual(lines(before.transcript));
    expect(new Set(lines(before.transcript)).size).toBeGreaterThan(3); // the words did vary
  });

  it('does work linear in the transcript: each beat is read once, the state saved once per choice and checkpoint', () => {
    const json = compile(source('loop'));
    const reading = (choices: number) => {
      const run = StoryRun.start(json, cast, 'loop');
      for (let i = 0; i < choices; i++) {
        run.readAll();
        run.choose(0);
      }
      run.next();
      return run.transcript;
    };
    const edited = compile(source('loop').replace('valigetta: Ancora?', 'valigetta: Ancora un giro?'));
    // Counted, not timed (machines here are shared): inkjs's Continue and the ink state's toJson are
    // where a replay spends its time. The timing itself is a bench row (npm run bench).
    const work = (transcript: Beat[]) => {
      const continues = vi.spyOn(Story.prototype, 'Continue');
      const saves = vi.spyOn(Object.getPrototypeOf(new Story(edited).state), 'toJson');
      const { run, stop } = StoryRun.replay(edited, cast, 'loop', transcript);
      const counts = { continues: continues.mock.calls.length, saves: saves.mock.calls.length };
      continues.mockRestore();
      saves.mockRestore();
      expect(stop.kind).toBe('complete');
      expect(run.transcript).toHaveLength(transcript.length);
      expect(run.depth).toBe(transcript.filter((b) => b.kind === 'choice').length);
      return counts;
    };
    for (const choices of [1000, 2000]) {
      const transcript = reading(choices);
      const lines = transcript.filter((b) => b.kind !== 'choice').length;
      const { continues, saves } = work(transcript);
      expect(continues).toBeGreaterThanOrEqual(lines); // the spies see the replay's own calls
      expect(continues).toBeLessThanOrEqual(lines + 2);
      expect(saves).toBeGreaterThanOrEqual(choices);
      expect(saves).toBeLessThanOrEqual(choices + Math.ceil(transcript.length / CHECKPOINT_EVERY) + 2);
    }
  });
});
