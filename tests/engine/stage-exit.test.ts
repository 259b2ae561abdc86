import { describe, expect, it } from 'vitest';
import { applyBeat, emptyStage } from '../../src/engine/stage';
import type { Beat } from '../../src/engine/types';
import { loadCast } from '../helpers/stories';

const cast = loadCast();
const base = { path: '', notes: [], prompts: [], classes: [], ending: null, endingName: null, section: null };
const speech = (id: number, speaker: string, directions: Beat extends never ? never : any[] = []): Beat =>
  ({ kind: 'speech', id, speaker, text: `riga ${id}`, directions, ...base }) as Beat;
const narration = (id: number, directions: any[] = []): Beat => ({ kind: 'narration', id, text: `riga ${id}`, directions, ...base }) as Beat;

describe('stage: who leaves when', () => {
  it("an exit on the exiting speaker's own line takes effect after that line", () => {
    const stage = emptyStage();
    applyBeat(stage, speech(0, 'cappotto', [{ type: 'enter', who: ['cappotto', 'valigetta'] }]), 0, cast);
    applyBeat(stage, speech(1, 'valigetta', [{ type: 'exit', who: ['valigetta'] }]), 1, cast);
    expect(stage.present).toEqual(['cappotto', 'valigetta']); // still says the line on stage
    expect(stage.speaker).toBe('valigetta');
    applyBeat(stage, narration(2), 2, cast);
    expect(stage.present).toEqual(['cappotto']);
  });

  it('two leaving together on one line of one of them stay for the line and go together', () => {
    const stage = emptyStage();
    applyBeat(stage, speech(0, 'valigetta', [{ type: 'enter', who: ['cappotto', 'valigetta'] }]), 0, cast);
    applyBeat(stage, speech(1, 'cappotto', [{ type: 'exit', who: ['cappotto', 'valigetta'] }]), 1, cast);
    expect(stage.present).toEqual(['cappotto', 'valigetta']);
    applyBeat(stage, narration(2, [{ type: 'clear' }]), 2, cast);
    expect(stage.present).toEqual([]);
  });

  it("an exit on someone else's line (or a stage direction) is immediate", () => {
    const stage = emptyStage();
    applyBeat(stage, speech(0, 'cappotto', [{ type: 'enter', who: ['cappotto', 'valigetta'] }]), 0, cast);
    applyBeat(stage, speech(1, 'valigetta', [{ type: 'exit', who: ['cappotto'] }]), 1, cast);
    expect(stage.present).toEqual(['valigetta']);
  });
});
