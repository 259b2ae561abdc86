import type { Beat, Cast } from './types';

/** What the stage shows after a run of beats: derived, never stored, so rewind and resume need no extra state. */
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
}

export function emptyStage(): StageState {
  return { scene: '', present: [], poses: {}, speaker: null, pageStart: 0, image: null, background: null, pause: 0 };
}

/** Folds the stage directions of `beats` into the stage they leave behind. */
export function stageAfter(beats: readonly Beat[], cast: Cast): StageState {
  const stage = emptyStage();
  const figure = (id: string) => cast.members.find((m) => m.id === id)?.figure !== 'voice';
  const enter = (id: string) => {
    if (figure(id) && !stage.present.includes(id)) stage.present.push(id);
  };
  beats.forEach((beat, i) => {
    if (beat.kind === 'choice') return;
    stage.pause = 0;
    for (const d of beat.directions) {
      switch (d.type) {
        case 'scene':
          stage.scene = d.name;
          break;
        case 'enter':
          d.who.forEach(enter);
          break;
        case 'exit':
          stage.present = stage.present.filter((id) => !d.who.includes(id));
          break;
        case 'pose':
          stage.poses[d.who] = d.pose;
          break;
        case 'clear':
        case 'restart':
          stage.pageStart = i;
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
  });
  return stage;
}
