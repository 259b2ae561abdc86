import { describe, expect, it } from 'vitest';
import { StoryRun } from '../../src/engine/run';
import { stageAfter } from '../../src/engine/stage';
import { compileFixture, loadCast } from '../helpers/stories';

const cast = loadCast();

describe('stage', () => {
  it('follows scene, entrances, poses and speakers; the narrator never stands on stage', () => {
    const run = StoryRun.start(compileFixture('basic'), cast, 'basic');
    run.readAll();
    const stage = stageAfter(run.transcript, cast);
    expect(stage).toMatchObject({
      scene: '7-eleven',
      present: ['cappotto', 'valigetta'],
      poses: { cappotto: 'braccia-incrociate' },
      speaker: 'valigetta',
      pageStart: 0,
    });
  });

  it('exit removes a figure and clear starts a new page at that line', () => {
    const run = StoryRun.start(compileFixture('basic'), cast, 'basic');
    run.readAll();
    run.choose(1);
    run.readAll();
    const stage = stageAfter(run.transcript, cast);
    expect(stage.present).toEqual(['valigetta']);
    expect(stage.pageStart).toBe(run.transcript.length - 1);
    expect(stage.speaker).toBeNull();
  });
});
