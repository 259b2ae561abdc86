/// <reference types="vite/client" />

declare module 'virtual:episodes' {
  /** One top-level stories/*.ink file: its global tags (read as text) and a loader for its compiled JSON. */
  export interface EpisodeEntry {
    slug: string;
    tags: string[];
    load: () => Promise<{ default: string }>;
  }
  export const episodes: EpisodeEntry[];
}

declare module '*.ink' {
  const json: string;
  export default json;
}
