/** True in a site built by `vite build` (the service worker is registered); false in dev, tests and the single file. */
declare const __PWA__: boolean;
