import type { Beat, Cast, StoryBeat } from '../engine/types';
import type { LineData } from '../components/DialogueLine';
import { plainText } from '../engine/markup';

/** A story from elsewhere has no cast (see store/opened.ts): its narration is nobody's, not our author's. */
const hasNarrator = (cast: Cast) => cast.members.some((m) => m.id === cast.narrator);

// Beats never change once read, so each keeps one line object: memoised lines skip re-rendering.
const lineOfBeat = new WeakMap<Beat, LineData>();

function toLine(beat: Beat, cast: Cast): LineData | null {
  if (beat.kind === 'speech') {
    const member = cast.members.find((m) => m.id === beat.speaker);
    return {
      kind: 'speech',
      id: beat.id,
      text: beat.text,
      speaker: { name: member?.name ?? beat.speaker, color: member?.color ?? 'currentColor' },
      classes: beat.classes,
    };
  }
  if (beat.kind === 'narration') return { kind: 'narration', id: beat.id, text: beat.text, classes: beat.classes, unvoiced: !hasNarrator(cast) || undefined };
  return beat.kind === 'choice' ? { kind: 'choice', id: beat.id, text: beat.text } : null;
}

/** Story beats as the components draw them; directions say nothing and are left out. */
export function toLines(beats: readonly Beat[], cast: Cast): LineData[] {
  const lines: LineData[] = [];
  for (const beat of beats) {
    let line = lineOfBeat.get(beat);
    if (line === undefined) {
      const made = toLine(beat, cast);
      if (!made) continue;
      lineOfBeat.set(beat, (line = made));
    }
    lines.push(line);
  }
  return lines;
}

/** What the live region says for a line: who speaks (the author's voice named as such), then the words. */
export function announce(beat: StoryBeat | null, cast: Cast): string {
  if (!beat || beat.kind === 'direction') return '';
  const text = plainText(beat.text);
  if (beat.kind === 'speech') return `${cast.members.find((m) => m.id === beat.speaker)?.name ?? beat.speaker}: ${text}`;
  return hasNarrator(cast) ? `L'autore: ${text}` : text;
}

/** Transcript indices where a `clear` started a new page (for breaks in the history). */
export function pageStarts(beats: readonly Beat[]): number[] {
  return beats
    .filter((b) => b.kind !== 'choice' && b.directions.some((d) => d.type === 'clear' || d.type === 'restart'))
    .map((b) => b.id);
}

/** Whether motion should be reduced: the reader's setting, or the system's when set to follow it. */
export function reducedMotion(setting: 'full' | 'reduced' | 'system'): boolean {
  if (setting !== 'system') return setting === 'reduced';
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
