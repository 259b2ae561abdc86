// The stage at the two endings of episode 4, as the authoring map describes it, played on the real story.
import { describe, expect, it } from 'vitest';
import { StoryRun } from '../../src/engine/run';
import { compileEpisode, episodeSlugs, loadCast } from '../helpers/stories';

const cast = loadCast();

/** Plays episode 4, taking `finale` by the option whose text matches; first options elsewhere. */
function playTo(finale: RegExp): StoryRun {
  const run = StoryRun.start(compileEpisode('episodio-4'), cast, 'episodio-4');
  for (let guard = 0; guard < 200; guard++) {
    run.readAll();
    if (run.status !== 'choose') break;
    const pick = run.choices.find((c) => finale.test(c.text)) ?? run.choices[0];
    run.choose(pick.index);
  }
  return run;
}

/** The stage as the reader sees it at the line that closes the ending, and at the beat after it. */
function stageAtEnding(run: StoryRun, id: string) {
  const at = run.transcript.findIndex((b) => b.kind !== 'choice' && b.ending === id);
  expect(at).toBeGreaterThan(0);
  // Replay the same route beat by beat, noting the stage after each one.
  const replay = StoryRun.start(compileEpisode('episodio-4'), cast, 'episodio-4');
  const stages: { present: string[]; speaker: string | null }[] = [];
  while (replay.transcript.length <= at + 1) {
    const recorded = run.transcript[replay.transcript.length];
    if (recorded.kind === 'choice') replay.choose(recorded.index);
    else replay.next();
    stages[replay.transcript.length - 1] = { present: [...replay.stage.present], speaker: replay.stage.speaker };
  }
  return { ending: stages[at], after: stages[at + 1] };
}

describe.runIf(episodeSlugs().includes('episodio-4'))('episode 4: the stage at the endings', () => {
  it('«pausa»: the coat has left; the briefcase says the last line on stage, then leaves too', () => {
    const { ending, after } = stageAtEnding(playTo(/pausa/i), 'pausa');
    expect(ending).toEqual({ present: ['valigetta'], speaker: 'valigetta' });
    expect(after.present).toEqual([]);
  });

  it('«ripartire»: both stay for the last line and leave together after it', () => {
    const { ending, after } = stageAtEnding(playTo(/persone/i), 'ripartire');
    expect(ending.speaker).toBe('cappotto');
    expect([...ending.present].sort()).toEqual(['cappotto', 'valigetta']);
    expect(after.present).toEqual([]);
  });
});
