// Persistence behind a small interface: the browser's localStorage, or memory (tests, and the
// fallback when the browser refuses storage). Writes report failure instead of throwing.

export type WriteResult = { ok: true } | { ok: false; reason: 'unavailable' | 'full' };

/**
 * What storage can do now: `ok`; `full` (what is stored can be read, new writes fail); `unavailable`
 * (storage refused: private mode, blocked cookies; nothing written outlives the page).
 */
export type StorageStatus = 'ok' | 'full' | 'unavailable';

export interface KeyValueStorage {
  readonly status: StorageStatus;
  read(key: string): string | null;
  write(key: string, value: string): WriteResult;
  remove(key: string): void;
  /** Calls `listener` with the key another tab or window of this origin changed; returns an unsubscribe. */
  onChange(listener: (key: string) => void): () => void;
}

type MemoryStorage = KeyValueStorage & { data: Map<string, string> };

/** Storage in memory. `shared` lets several instances act as tabs of one origin (changes are announced to the others). */
export function memoryStorage(initial: Record<string, string> = {}, shared?: { data: Map<string, string>; tabs: Set<(key: string, from: unknown) => void> }): MemoryStorage {
  const data = shared?.data ?? new Map(Object.entries(initial));
  const listeners = new Set<(key: string) => void>();
  const self = {};
  const announce = (key: string) => shared?.tabs.forEach((tab) => tab(key, self));
  shared?.tabs.add((key, from) => from !== self && listeners.forEach((l) => l(key)));
  return {
    data,
    status: 'ok',
    read: (key) => data.get(key) ?? null,
    write: (key, value) => {
      data.set(key, value);
      announce(key);
      return { ok: true };
    },
    remove: (key) => {
      data.delete(key);
      announce(key);
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** Several memory storages over one store, like tabs of one origin (for tests). */
export function memoryTabs(initial: Record<string, string> = {}): () => MemoryStorage {
  const shared = { data: new Map(Object.entries(initial)), tabs: new Set<(key: string, from: unknown) => void>() };
  return () => memoryStorage({}, shared);
}

const isQuotaError = (e: unknown) =>
  e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/**
 * localStorage when the browser allows it; otherwise memory, marked unavailable. A full origin is
 * still read: the probe's failed write says "full", not "refused", and nothing saved is hidden.
 */
export function browserStorage(): KeyValueStorage {
  let local: Storage;
  let status: StorageStatus = 'ok';
  try {
    local = window.localStorage;
    local.getItem('__probe__');
  } catch {
    return { ...memoryStorage(), status: 'unavailable' };
  }
  try {
    local.setItem('__probe__', '1');
    local.removeItem('__probe__');
  } catch (e) {
    if (!isQuotaError(e)) return { ...memoryStorage(), status: 'unavailable' };
    status = 'full';
  }
  return {
    get status() {
      return status;
    },
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
        status = 'ok';
        return { ok: true };
      } catch (e) {
        const full = isQuotaError(e);
        if (full) status = 'full';
        return { ok: false, reason: full ? 'full' : 'unavailable' };
      }
    },
    remove: (key) => {
      try {
        local.removeItem(key);
      } catch {
        /* nothing to lose: the key is gone or unreachable */
      }
    },
    onChange: (listener) => {
      // The `storage` event fires in every other document of this origin, never in the writer.
      const onStorage = (e: StorageEvent) => {
        if (e.storageArea === local && e.key !== null) listener(e.key);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}
