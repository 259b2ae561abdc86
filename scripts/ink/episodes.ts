// Finds the episodes: every top-level .ink file in stories/ (includes live in subfolders).
import fs from 'node:fs';
import path from 'node:path';

export interface EpisodeFile {
  slug: string;
  file: string;
}

export function findEpisodes(storiesDir: string): EpisodeFile[] {
  return fs
    .readdirSync(storiesDir)
    .filter((f) => f.endsWith('.ink'))
    .sort()
    .map((f) => ({ slug: f.replace(/\.ink$/, ''), file: path.join(storiesDir, f) }));
}

/**
 * The global tags at the top of an ink file (`# key: value` lines before any content), read as text
 * so the home page can list episodes without compiling or loading them.
 */
export function readGlobalTags(source: string): string[] {
  const tags: string[] = [];
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('//')) continue;
    if (!line.startsWith('#')) break;
    // `\#` escapes a hash inside a tag; a bare `#` starts the next tag.
    for (const part of line.slice(1).split(/(?<!\\)#/)) {
      const tag = part.replace(/\\#/g, '#').trim();
      if (tag) tags.push(tag);
    }
  }
  return tags;
}
