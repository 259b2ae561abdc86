import { endingNameOf } from './tags';
import type { Beat, Ending } from './types';

/** The ending a transcript closes with: the last line tagged `# ending`, or null. */
export function endingOf(transcript: readonly Beat[]): Ending | null {
  const beat = transcript.findLast((b) => b.kind !== 'choice' && b.ending !== null);
  if (!beat || beat.kind === 'choice' || !beat.ending) return null;
  // Saves made before endings had names carry no `endingName`.
  return { id: beat.ending, name: beat.endingName ?? endingNameOf(beat.ending) };
}
