import type { Beat } from './types';

/** Bump when the save layout changes; older saves are then migrated or reported as outdated, never misread. */
export const SAVE_SCHEMA = 2;
/** The oldest layout still read: format 1 had no line checkpoints (they are rebuilt as the reader goes). */
const OLDEST_READABLE = 1;

/** One rewind point: the ink state at a choice point and how much transcript it had. */
export interface Snapshot {
  state: string;
  transcriptLength: number;
}

export interface SaveData {
  schema: number;
  /** Which episode this belongs to (its slug). */
  story: string;
  /** Fingerprint of the compiled story the state came from. */
  fingerprint: string;
  savedAt: number;
  state: string;
  transcript: Beat[];
  /** Rewind points, oldest first (the most recent ones only; see MAX_SAVED_SNAPSHOTS). */
  snapshots: Snapshot[];
  /** The newest line checkpoints (for stepping back one line without replaying from the start). */
  checkpoints: Snapshot[];
}

export type SaveErrorKind = 'malformed' | 'outdated' | 'other-story' | 'story-changed';

export interface SaveError {
  kind: SaveErrorKind;
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isBeat(v: unknown): v is Beat {
  return isObject(v) && typeof v.kind === 'string' && typeof v.id === 'number';
}

function isSnapshot(v: unknown): v is Snapshot {
  return isObject(v) && typeof v.state === 'string' && typeof v.transcriptLength === 'number';
}

/** Checks a save's shape (anything may come out of storage) and that it belongs to `story`. */
export function checkSave(raw: unknown, story: string): SaveData | SaveError {
  let data = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch {
      return { kind: 'malformed', message: 'The saved progress is not readable (not valid JSON).' };
    }
  }
  if (!isObject(data)) return { kind: 'malformed', message: 'The saved progress is not readable.' };
  if (data.schema === 1 && !('checkpoints' in data)) data = { ...data, schema: SAVE_SCHEMA, checkpoints: [] };
  if (!isObject(data)) return { kind: 'malformed', message: 'The saved progress is not readable.' };
  if (typeof data.schema === 'number' && data.schema < OLDEST_READABLE) {
    return { kind: 'outdated', message: `The saved progress comes from an older version of the player (format ${data.schema}).` };
  }
  const ok =
    data.schema === SAVE_SCHEMA &&
    typeof data.story === 'string' &&
    typeof data.fingerprint === 'string' &&
    typeof data.savedAt === 'number' &&
    typeof data.state === 'string' &&
    Array.isArray(data.transcript) &&
    data.transcript.every(isBeat) &&
    Array.isArray(data.snapshots) &&
    data.snapshots.every(isSnapshot) &&
    Array.isArray(data.checkpoints) &&
    data.checkpoints.every(isSnapshot);
  if (!ok) return { kind: 'malformed', message: 'The saved progress is damaged (missing or wrong fields).' };
  if (data.story !== story) {
    return { kind: 'other-story', message: `The saved progress belongs to '${data.story}', not '${story}'.` };
  }
  return data as unknown as SaveData;
}

export function isSaveError(v: SaveData | SaveError): v is SaveError {
  return 'kind' in v && 'message' in v && !('state' in v);
}
