// Messages between windows of one origin (the workshop's projector and presenter): BroadcastChannel
// in the browser (it works offline and drops other origins' messages), a hub in memory for tests.

export interface SyncChannel {
  post(message: unknown): void;
  /** Calls `listener` with every message another window posts; returns an unsubscribe. */
  subscribe(listener: (message: unknown) => void): () => void;
}

/** The browser's BroadcastChannel, or null where there is none (the views then work alone). */
export function broadcastChannel(name: string): SyncChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    subscribe: (listener) => {
      const onMessage = (e: MessageEvent) => listener(e.data);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}

/** Channels in memory: each call of the returned function is one window; messages reach the others. */
export function memoryChannels(): () => SyncChannel {
  const windows = new Set<(message: unknown) => void>();
  return () => {
    const listeners = new Set<(message: unknown) => void>();
    const receive = (message: unknown) => listeners.forEach((l) => l(structuredClone(message)));
    windows.add(receive);
    return {
      post: (message) => windows.forEach((w) => w !== receive && w(message)),
      subscribe: (listener) => {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
    };
  };
}
