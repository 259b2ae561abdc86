// Builds the site exactly as vite.config.ts does, but with the ink plugin reading a temporary copy of
// stories/ plus extra episodes (a generated long story for the bench, a broken one for a test).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, loadConfigFromFile, type PluginOption } from 'vite';
import { inkPlugin } from './ink/vite-plugin.ts';
import { prerender } from './prerender.ts';

export interface BuiltSite {
  dist: string;
  /** Removes the temporary stories and output folders. */
  cleanup: () => void;
}

/** `extra` maps an episode's file name (`lunga.ink`) to its ink source. */
export async function buildSiteWithStories(root: string, extra: Record<string, string>): Promise<BuiltSite> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'site-with-stories-'));
  const storiesDir = path.join(tmp, 'stories');
  const dist = path.join(tmp, 'dist');
  fs.cpSync(path.join(root, 'stories'), storiesDir, { recursive: true });
  for (const [file, ink] of Object.entries(extra)) fs.writeFileSync(path.join(storiesDir, file), ink);
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, path.join(root, 'vite.config.ts'), root, 'silent');
  if (!loaded) throw new Error('vite.config.ts not found');
  const plugins = ((loaded.config.plugins ?? []) as PluginOption[])
    .flat(Infinity as 1)
    .map((p) => {
      const name = p && typeof p === 'object' && 'name' in p ? p.name : '';
      return name === 'ink' ? inkPlugin({ storiesDir }) : name === 'prerender' ? prerender({ storiesDir }) : p;
    });
  await build({
    ...loaded.config,
    configFile: false,
    root,
    logLevel: 'error',
    plugins,
    build: { ...loaded.config.build, outDir: dist, emptyOutDir: true },
  });
  return { dist, cleanup: () => fs.rmSync(tmp, { recursive: true, force: true }) };
}
