// Stage directions that cannot do anything where they stand, for the stories check.
import type { StageState } from './stage';
import type { Cast, StoryBeat } from './types';

/**
 * The cast ids a beat's `# exit:` names that cannot leave, given the stage just before the beat (as
 * `applyBeat` plays it): someone not on stage (never entered, or already gone), or a voice (the
 * narrator's kind of member never stands on stage). The line's own speaker can always leave: whoever
 * speaks steps on stage for the line.
 */
export function idleExits(stage: StageState, beat: StoryBeat, cast: Cast): string[] {
  const figure = (id: string) => cast.members.find((m) => m.id === id)?.figure !== 'voice';
  const present = new Set(stage.present.filter((id) => !stage.leaving.includes(id)));
  const speaker = beat.kind === 'speech' ? beat.speaker : null;
  const idle: string[] = [];
  for (const d of beat.directions) {
    if (d.type === 'enter') {
      for (const id of d.who) if (figure(id)) present.add(id);
    } else if (d.type === 'exit') {
      for (const id of d.who) {
        if (id === speaker ? !figure(id) : !present.has(id)) idle.push(id);
        present.delete(id);
      }
    }
  }
  return idle;
}
