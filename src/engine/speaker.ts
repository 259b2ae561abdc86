import type { Cast } from './types';

// A speaker prefix is a lower-case id, a colon and a space: `cappotto: Lo sapevo…`.
const PREFIX = /^([a-z][a-z0-9_]*):\s+([\s\S]*)$/;

export type SpokenLine =
  | { speaker: string; text: string; unknownSpeaker?: undefined }
  | { speaker: null; text: string; unknownSpeaker?: string };

/**
 * Splits `id: text` into speaker and text. The narrator's id, or no prefix, is narration.
 * An id not in the cast stays narration (nothing is lost on screen) and is reported.
 */
export function splitSpeaker(line: string, cast: Cast): SpokenLine {
  const match = PREFIX.exec(line);
  if (!match) return { speaker: null, text: line };
  const [, id, text] = match;
  if (id === cast.narrator) return { speaker: null, text };
  if (cast.members.some((m) => m.id === id)) return { speaker: id, text };
  return { speaker: null, text: line, unknownSpeaker: id };
}
