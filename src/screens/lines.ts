import type { Beat, Cast } from '../engine/types';
import type { LineData } from '../components/DialogueLine';

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
  if (beat.kind === 'narration') return { kind: 'narration', id: beat.id, text: beat.text, classes: beat.classes };
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

/** What the live region says for a line: who speaks, then the words. */
export function announce(line: LineData | undefined): string {
  if (!line) return '';
  if (line.kind === 'speech') return `${line.speaker.name}: ${line.text}`;
  if (line.kind === 'narration') return `L'autore: ${line.text}`;
  return `Hai scelto: ${line.text}`;
}

/** Time to read a line before auto-advance moves on: about 15 characters a second, never under 1.6 s. */
export function readingTime(text: string): number {
  return Math.max(1600, 900 + text.length * 65);
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
