// Offline (issue 10): registers the service worker that precaches the whole site. Loaded by
// src/main.tsx after the page's load event and an idle moment, only in a production build served over
// http(s): never in `npm run dev`, jsdom tests or the single file (where `virtual:pwa-register` is a no-op).
/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from './update-state';

/** How often an open page asks the server for a new version (also when it comes back online or into view). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export function registerServiceWorker() {
  let registration: ServiceWorkerRegistration | undefined;
  const activate = registerSW({
    immediate: true,
    onNeedRefresh() {
      offerUpdate(() => {
        // A worker still waiting is told to take over, and this page reloads when it has. One that
        // another window already activated only needs this page reloaded.
        if (!registration?.waiting) return location.reload();
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
        void activate();
      });
    },
    // Without this the plugin reloads every window the new worker takes over. Only the window whose
    // reader clicked reloads (above); another one (the room's projector in a workshop) keeps its page,
    // and its notice.
    onNeedReload() {},
    onRegisteredSW(_url, r) {
      registration = r;
      if (!r) return;
      const check = () => {
        if (navigator.onLine && document.visibilityState === 'visible' && !r.installing) void r.update().catch(() => {});
      };
      setInterval(check, CHECK_EVERY_MS);
      addEventListener('online', check);
      document.addEventListener('visibilitychange', check);
    },
  });
}
