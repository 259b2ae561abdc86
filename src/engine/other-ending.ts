import { endingOf } from './endings';
import { StoryRun } from './run';
import type { Beat, Cast, Ending } from './types';

/** The other ending a finished reading could have had, and where to go back to for it. */
export interface OtherEnding {
  ending: Ending;
  /** Beats to keep (the history's `returnTo`): the run then stands at the choice that decides it. */
  beats: number;
}

/** Most choice points tried, newest first; an ending is decided late in every story we tell. */
const MAX_POINTS = 12;
/** Most beats read on along one alternative before giving up on it. */
const MAX_BEATS = 4000;

/**
 * The choice that decides the ending: the newest choice point of `transcript` where another option,
 * read on taking each first option after it, ends on a different named ending. Played on fresh runs
 * of `json`, never on the reader's. Null when no choice leads elsewhere (a story with one ending).
 */
export function otherEnding(json: string, cast: Cast, transcript: readonly Beat[]): OtherEnding | null {
  const reached = endingOf(transcript);
  if (!reached) return null;
  const points = transcript.flatMap((b, at) => (b.kind === 'choice' ? [{ at, index: b.index }] : []));
  for (let k = points.length - 1; k >= 0 && k >= points.length - MAX_POINTS; k--) {
    const options = atChoice(json, cast, points, k)?.choices ?? [];
    for (const option of options) {
      if (option.index === points[k].index) continue;
      const run = atChoice(json, cast, points, k)!;
      run.choose(option.index);
      const ending = readToEnd(run);
      if (ending && ending.id !== reached.id) return { ending, beats: points[k].at };
    }
  }
  return null;
}

/** A fresh run at the k-th choice point, having made the recorded choices before it. */
function atChoice(json: string, cast: Cast, points: { index: number }[], k: number): StoryRun | null {
  const run = StoryRun.start(json, cast);
  for (let i = 0; i <= k; i++) {
    run.readAll();
    if (run.status !== 'choose') return null;
    if (i < k) run.choose(points[i].index);
  }
  return run;
}

function readToEnd(run: StoryRun): Ending | null {
  while (run.transcript.length < MAX_BEATS && !run.failure) {
    run.readAll();
    if (run.status !== 'choose') break;
    run.choose(run.choices[0].index);
  }
  return run.status === 'ended' && !run.failure ? endingOf(run.transcript) : null;
}
