// Saves never lie: an error stays an error, a damaged save is a typed error, a newer one says so.
import { describe, expect, it } from 'vitest';
import { checkSave, isSaveError } from '../../src/engine/save';
import { StoryRun } from '../../src/engine/run';
import { compileFixture, loadCast } from '../helpers/stories';

const cast = loadCast();
const long = () => StoryRun.start(compileFixture('long'), cast, 'long');

describe('runtime errors are part of the run', () => {
  it("keeps the failing step's text, saves the error, and shows it again after a resume", () => {
    const run = StoryRun.start(compileFixture('runtime-error'), cast, 'err');
    run.readAll();
    expect(run.failure).not.toBeNull();
    expect(run.transcript.map((b) => ('text' in b ? b.text : ''))).toContain('Qui il flusso finisce senza una fine.');
    const save = JSON.parse(JSON.stringify(run.save(1)));
    expect(save.error).toBe(run.failure);
    const resumed = StoryRun.resume(compileFixture('runtime-error'), cast, 'err', save);
    if (!resumed.ok) throw new Error(resumed.error.message);
    expect(resumed.run.failure).toBe(run.failure);
    expect(resumed.run.next()).toBeNull(); // a failed run does not read on
  });

  it('an EXTERNAL function with an ink body runs that body; one without a body is a clear error', () => {
    const run = StoryRun.start(compileFixture('external'), cast, 'ext');
    expect(run.next()).toMatchObject({ kind: 'speech', text: 'Ciao, Mario.' });
    expect(run.failure).toBeNull();
    const missing = StoryRun.start(compileFixture('external-missing'), cast, 'ext');
    expect(missing.next()).toBeNull();
    expect(missing.failure).toMatch(/Missing function binding for external: 'manca'/);
  });
});

describe('checkSave', () => {
  const good = () => {
    const run = long();
    run.readAll();
    run.choose(0);
    run.next();
    return JSON.parse(JSON.stringify(run.save(5)));
  };

  it('accepts a real save', () => {
    expect(isSaveError(checkSave(good(), 'long'))).toBe(false);
  });

  it('a beat without `directions` is damage, named by its path', () => {
    const save = good();
    delete save.transcript[0].directions;
    const result = checkSave(save, 'long');
    expect(result).toMatchObject({ kind: 'malformed', message: expect.stringContaining('transcript.0.directions') });
  });

  it('a rewind point past the end of the transcript is damage', () => {
    const save = good();
    save.snapshots[0].transcriptLength = 999;
    expect(checkSave(save, 'long')).toMatchObject({ kind: 'malformed' });
  });

  it('a save from a newer format says so, an older unknown one is outdated', () => {
    expect(checkSave({ ...good(), schema: 3 }, 'long')).toMatchObject({ kind: 'newer' });
    expect(checkSave({ ...good(), schema: 0 }, 'long')).toMatchObject({ kind: 'outdated' });
  });
});

describe('stepping back never silently does nothing', () => {
  it('a damaged rewind point is skipped: back replays from an earlier one (or the start)', () => {
    const run = long();
    for (let i = 0; i < 3; i++) {
      run.readAll();
      run.choose(0);
    }
    run.readAll();
    const save = run.save(1);
    save.snapshots[2] = { ...save.snapshots[2], state: '{"not":"an ink state"}' };
    const resumed = StoryRun.resume(compileFixture('long'), cast, 'long', JSON.parse(JSON.stringify(save)));
    if (!resumed.ok) throw new Error(resumed.error.message);
    const before = resumed.run.transcript.length;
    expect(resumed.run.back()).toBe(true);
    expect(resumed.run.transcript.length).toBeLessThan(before);
    expect(resumed.run.status).toBe('choose');
    expect(resumed.run.failure).toBeNull();
  });
});
