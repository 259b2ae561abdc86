// Persistence behind a small interface: the browser's localStorage, or memory (tests, and the
// fallback when the browser refuses storage). Writes report failure instead of throwing.

export type WriteResult = { ok: true } | { ok: false; reason: 'unavailable' | 'full' };

export interface KeyValueStorage {
  /** False when nothing written will outlive the page (storage refused: private mode, blocked cookies). */
  readonly persistent: boolean;
  read(key: string): string | null;
  write(key: string, value: string): WriteResult;
  remove(key: string): void;
}

export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    persistent: true,
    read: (key) => data.get(key) ?? null,
    write: (key, value) => {
      data.set(key, value);
      return { ok: true };
    },
    remove: (key) => void data.delete(key),
  };
}

const isQuotaError = (e: unknown) =>
  e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/** localStorage when the browser allows it; otherwise memory, marked as not persistent. */
export function browserStorage(): KeyValueStorage {
  let local: Storage;
  try {
    local = window.localStorage;
    const probe = '__probe__';
    local.setItem(probe, probe);
    local.removeItem(probe);
  } catch {
    return { ...memoryStorage(), persistent: false };
  }
  return {
    persistent: true,
    read: (key) => {
      try {
        return local.getItem(key);
      } catch {
        return null;
      }
    },
    write: (key, value) => {
      try {
        local.setItem(key, value);
        return { ok: true };
      } catch (e) {
        return { ok: false, reason: isQuotaError(e) ? 'full' : 'unavailable' };
      }
    },
    remove: (key) => {
      try {
        local.removeItem(key);
      } catch {
        /* nothing to lose: the key is gone or unreachable */
      }
    },
  };
}
