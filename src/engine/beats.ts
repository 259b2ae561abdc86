import type { Beat, NarrationBeat, SpeechBeat } from './types';

/** A beat the reader reads: spoken or narrated (not a choice, not a tag-only direction). */
export const isLine = (b: Beat | undefined): b is SpeechBeat | NarrationBeat => b?.kind === 'speech' || b?.kind === 'narration';
