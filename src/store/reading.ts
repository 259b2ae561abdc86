// The rules of reading, shared by every view (reader, projector, presenter): how long a line stays
// before auto-advance, how long the typewriter takes, how long fresh choices ignore taps, how much
// of a page is drawn.

/** Time to read a line before auto-advance moves on: about 15 characters a second, never under 1.6 s. */
export function readingTime(text: string): number {
  return Math.max(1600, 900 + text.length * 65);
}

/** How long the typewriter takes to show `text` at `cps` characters a second. */
export function revealTime(text: string, cps: number): number {
  return (text.length / Math.max(1, cps)) * 1000;
}

/** Characters of a line showing `elapsed` ms into a reveal of `duration` ms (all of them once done). */
export function revealedChars(length: number, elapsed: number, duration: number): number {
  if (duration <= 0 || elapsed >= duration) return length;
  return Math.max(0, Math.floor((length * elapsed) / duration));
}

/**
 * Freshly shown choices ignore pointer clicks this long: the second tap of a double tap on "Continua"
 * lands where the first choice appears. Keys (1–9, Tab then Enter) are deliberate and never wait.
 */
export const CHOICE_GRACE_MS = 450;

/** The page draws at most this many beats; earlier lines of a long page are in the history. */
export const PAGE_WINDOW = 60;
