import { describe, expect, it } from 'vitest';
import { StoryRun } from '../../src/engine/run';
import { compileFixture, loadCast } from '../helpers/stories';

const cast = loadCast();
const basic = () => StoryRun.start(compileFixture('basic'), cast, 'basic');

describe('StoryRun: reading beats', () => {
  it('keeps global tags as episode metadata, apart from the first line', () => {
    const run = basic();
    expect(run.meta).toEqual({ title: 'Prova', episode: '1', time: '@01:00 p.m.', summary: 'Una scena di prova.', author: '' });
    const first = run.next();
    expect(first).toMatchObject({ kind: 'speech', speaker: 'cappotto', text: 'Lo sapevo è finita la festa' });
    const tags = JSON.stringify(first);
    expect(tags).not.toContain('Prova');
  });

  it('turns prefixes into speakers, plain lines into narration, and joins glued lines', () => {
    const beats = basic().readAll();
    expect(beats.map((b) => b.kind)).toEqual(['speech', 'narration', 'speech']);
    expect(beats[1]).toMatchObject({ kind: 'narration', text: "Una riflessione dell'autore, che continua con la colla." });
    expect(beats[2]).toMatchObject({ kind: 'speech', speaker: 'valigetta', text: 'Non dica così.' });
  });

  it('parses stage directions, notes and prompts from tags, including tags on the lines before', () => {
    const [first, , third] = basic().readAll();
    expect(first.directions).toEqual([
      { type: 'scene', name: '7-eleven' },
      { type: 'enter', who: ['cappotto', 'valigetta'] },
      { type: 'pose', who: 'cappotto', pose: 'braccia-incrociate' },
    ]);
    expect(third.notes).toEqual(['Fermarsi qui.']);
    expect(third.prompts).toEqual(['Che ne pensate?']);
  });

  it('offers choices, records the pick in the transcript and follows it (tunnels into included files too)', () => {
    const run = basic();
    run.readAll();
    expect(run.status).toBe('choose');
    expect(run.choices).toEqual([{ index: 0, text: 'Ascoltare' }, { index: 1, text: 'Andarsene' }]);
    run.choose(0);
    const after = run.readAll();
    expect(run.transcript[3]).toMatchObject({ kind: 'choice', text: 'Ascoltare', index: 0 });
    expect(after.map((b) => b.kind === 'speech' && b.text)).toEqual(['Va bene, ascolto.', 'Buongiorno dal file incluso.']);
  });

  it('remembers earlier choices: the closing line depends on the route', () => {
    const run = basic();
    run.readAll();
    run.choose(0);
    run.readAll();
    run.choose(0); // Ancora
    const route = run.readAll().map((b) => (b.kind === 'speech' ? b.text : ''));
    expect(route).toContain('Grazie di essere rimasto.');
    expect(run.status).toBe('ended');
    expect(run.transcript.at(-1)).toMatchObject({ ending: 'fine' });
  });

  it('Inky web-export tags (CLEAR, exit) become directions on the next line', () => {
    const run = basic();
    run.readAll();
    run.choose(1);
    const [line] = run.readAll();
    expect(line).toMatchObject({ kind: 'narration', text: 'Se ne va.', ending: 'via' });
    expect(line.directions).toEqual([{ type: 'exit', who: ['cappotto'] }, { type: 'clear' }]);
  });
});

describe('StoryRun: rewind', () => {
  const long = () => StoryRun.start(compileFixture('long'), cast, 'long');
  const textOf = (run: StoryRun) => run.transcript.map((b) => ('text' in b ? b.text : '')).join('|');

  it('steps back one choice at a time, any number of times, with the transcript trimmed to match', () => {
    const run = long();
    const atChoice: string[] = [];
    for (let i = 0; i < 5; i++) {
      run.readAll();
      atChoice.push(textOf(run));
      run.choose(run.choices[0].index);
    }
    run.readAll();
    expect(run.depth).toBe(5);
    for (let i = 4; i >= 0; i--) {
      expect(run.back()).toBe(true);
      expect(textOf(run)).toBe(atChoice[i]);
      expect(run.status).toBe('choose');
    }
    expect(run.back()).toBe(false);
    expect(run.transcript).toHaveLength(1);
  });

  it('after stepping back, a different choice takes the other branch and ink variables are restored', () => {
    const run = long();
    run.readAll();
    run.choose(0);
    run.readAll();
    run.choose(0); // Di nuovo → giri = 2
    expect(run.readAll()[0]).toMatchObject({ text: 'Giro numero 2.' });
    run.back();
    run.choose(1); // Basta
    expect(run.readAll()[0]).toMatchObject({ text: 'Fine dopo 1 giri.' });
  });
});

describe('StoryRun: save and load', () => {
  const long = () => StoryRun.start(compileFixture('long'), cast, 'long');

  it('round-trips: a resumed run is on the same line, with the same transcript, and can still go back', () => {
    const run = long();
    run.readAll();
    run.choose(0);
    run.next();
    const save = JSON.parse(JSON.stringify(run.save(1234)));
    expect(save).toMatchObject({ schema: 2, story: 'long', fingerprint: run.fingerprint, savedAt: 1234 });

    const resumed = StoryRun.resume(compileFixture('long'), cast, 'long', JSON.stringify(save));
    if (!resumed.ok) throw new Error(resumed.error.message);
    expect(resumed.storyChanged).toBe(false);
    expect(resumed.run.transcript).toEqual(run.transcript);
    expect(resumed.run.choices).toEqual(run.choices);
    expect(resumed.run.back()).toBe(true);
    expect(resumed.run.choices.map((c) => c.text)).toEqual(['Avanti', 'Fermarsi']);
  });

  it('rejects malformed saves with a typed error instead of throwing', () => {
    for (const raw of ['{not json', '42', JSON.stringify({ schema: 1, story: 'long' })]) {
      const r = StoryRun.resume(compileFixture('long'), cast, 'long', raw);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.kind).toBe('malformed');
    }
  });

  it('rejects a save from an older save format as outdated', () => {
    const save = { ...long().save(1), schema: 0 };
    const r = StoryRun.resume(compileFixture('long'), cast, 'long', save);
    expect(r.ok ? null : r.error.kind).toBe('outdated');
  });

  it('rejects a save of another episode', () => {
    const save = long().save(1);
    const r = StoryRun.resume(compileFixture('basic'), cast, 'basic', save);
    expect(r.ok ? null : r.error.kind).toBe('other-story');
  });

  it('reports a changed story whose saved state no longer loads', () => {
    const run = long();
    run.readAll();
    run.choose(0);
    const save = run.save(1);
    // Another compiled story under the same id: the saved pointer and containers do not exist there.
    const r = StoryRun.resume(compileFixture('basic'), cast, 'long', save);
    expect(r.ok ? null : r.error.kind).toBe('story-changed');
  });

  it('keeps the place when the story changed but the saved state still loads', () => {
    const run = long();
    run.readAll();
    const save = run.save(1);
    const changed = { ...save, fingerprint: 'different' };
    const r = StoryRun.resume(compileFixture('long'), cast, 'long', changed);
    expect(r.ok && r.storyChanged).toBe(true);
  });
});

describe('StoryRun: runtime errors', () => {
  it('collects ink runtime errors as values instead of throwing', () => {
    const run = StoryRun.start(compileFixture('runtime-error'), cast, 'err');
    expect(run.next()).toMatchObject({ text: 'Prima riga.' });
    expect(() => run.readAll()).not.toThrow();
    expect(run.issues.some((i) => i.severity === 'error')).toBe(true);
  });
});
