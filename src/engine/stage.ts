import type { Beat, Cast } from './types';

/** What the stage shows after a run of beats. Kept up to date one beat at a time (O(1) a step). */
export interface StageState {
  scene: string;
  /** Cast ids on stage, in order of entrance (the narrator never stands on stage). */
  present: string[];
  poses: Record<string, string>;
  /** Who spoke the latest line (null for narration). */
  speaker: string | null;
  /** Transcript index where the current page starts (after the latest `clear`). */
  pageStart: number;
  image: string | null;
  background: string | null;
  /** Seconds of pause asked for by the latest line (0 when none). */
  pause: number;
  /** Who leaves once the latest line has been said (an `exit` on the exiting speaker's own line). */
  leaving: string[];
  /** The section the latest `# section:` tag started (null before the first one). */
  section: string | null;
}

export function emptyStage(): StageState {
  return { scene: '', present: [], poses: {}, speaker: null, pageStart: 0, image: null, background: null, pause: 0, leaving: [], section: null };
}

/** A copy that shares nothing with `stage`, so the store can hand it out while the run moves on. */
export function copyStage(stage: StageState): StageState {
  return { ...stage, present: [...stage.present], poses: { ...stage.poses }, leaving: [...stage.leaving] };
}

/**
 * Applies one beat (at transcript index `index`) to `stage`, in place. An `exit` naming the line's own
 * speaker takes effect after the line: the speaker says it on stage and leaves with the next beat.
 */
export function applyBeat(stage: StageState, beat: Beat, index: number, cast: Cast): void {
  if (beat.kind === 'choice') return;
  const figure = (id: string) => cast.members.find((m) => m.id === id)?.figure !== 'voice';
  const enter = (id: string) => {
    if (figure(id) && !stage.present.includes(id)) stage.present.push(id);
  };
  const leave = (who: string[]) => {
    stage.present = stage.present.filter((id) => !who.includes(id));
  };
  if (stage.leaving.length) {
    leave(stage.leaving);
    stage.leaving = [];
  }
  const speaker = beat.kind === 'speech' ? beat.speaker : null;
  stage.pause = 0;
  if (beat.section) stage.section = beat.section;
  for (const d of beat.directions) {
    switch (d.type) {
      case 'scene':
        stage.scene = d.name;
        break;
      case 'enter':
        d.who.forEach(enter);
        break;
      case 'exit':
        if (speaker && d.who.includes(speaker)) stage.leaving.push(...d.who);
        else leave(d.who);
        break;
      case 'pose':
        stage.poses[d.who] = d.pose;
        break;
      case 'clear':
      case 'restart':
        stage.pageStart = index;
        stage.image = null;
        break;
      case 'pause':
        stage.pause = d.seconds;
        break;
      case 'image':
        stage.image = d.src;
        break;
      case 'background':
        stage.background = d.src;
        break;
    }
  }
  if (beat.kind === 'speech') {
    stage.speaker = beat.speaker;
    enter(beat.speaker); // whoever speaks is on stage, even without an `enter`
  } else if (beat.kind === 'narration') {
    stage.speaker = null;
  }
}

/** Folds every beat into a fresh stage (after a rewind; stepping forward uses `applyBeat`). */
export function stageAfter(beats: readonly Beat[], cast: Cast): StageState {
  const stage = emptyStage();
  beats.forEach((beat, i) => applyBeat(stage, beat, i, cast));
  return stage;
}
