import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, createServer, type HotUpdateOptions, type Plugin, type Rollup } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import { inkPlugin } from '../../scripts/ink/vite-plugin';

/** A tiny site whose only code lists the episodes and loads the first one. */
function site(stories: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'site-'));
  fs.writeFileSync(path.join(root, 'index.html'), '<script type="module" src="/main.js"></script>');
  fs.writeFileSync(
    path.join(root, 'main.js'),
    "import { episodes } from 'virtual:episodes';\nwindow.list = episodes;\nepisodes[0].load().then((m) => (window.json = m.default));\n",
  );
  for (const [name, text] of Object.entries(stories)) {
    fs.mkdirSync(path.dirname(path.join(root, 'stories', name)), { recursive: true });
    fs.writeFileSync(path.join(root, 'stories', name), text);
  }
  return root;
}

const buildSite = (root: string) =>
  build({ root, logLevel: 'silent', plugins: [inkPlugin()], build: { write: false, minify: false } }) as Promise<Rollup.RollupOutput>;

describe('vite ink plugin', () => {
  it('builds each episode into its own chunk of compiled JSON, listed with its global tags, without the compiler', async () => {
    const root = site({
      'ep-1.ink': '# title: Uno\n# episode: 1\nINCLUDE shared/x.ink\nCiao dal primo.\n-> x\n',
      'shared/x.ink': '== x\nDall\'inclusione.\n-> END\n',
    });
    const out = await buildSite(root);
    const chunks = out.output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
    const story = chunks.find((c) => c.code.includes('Ciao dal primo.'))!;
    expect(story).toBeDefined();
    expect(story.isDynamicEntry).toBe(true);
    expect(story.code).toContain('inkVersion');
    const entry = chunks.find((c) => c.isEntry)!;
    expect(entry.code).toContain('"title: Uno"');
    expect(entry.code).not.toContain('Ciao dal primo.');
    // The compiler's own messages never reach the reader's bundle.
    for (const c of chunks) expect(c.code).not.toMatch(/Recursive INCLUDE detected|Divert target not found/);
  }, 60_000);

  it('fails the build with the file and line of an ink error', async () => {
    const root = site({ 'ep-1.ink': '# title: Uno\nPrima.\n-> nessun_posto\n' });
    await expect(buildSite(root)).rejects.toThrow(/stories\/ep-1\.ink:3: error: Divert target not found/);
  }, 60_000);

  it('in dev: lists episodes by URL, and an edited include reaches the open page as a recompiled episode or as its error with file:line', async () => {
    const root = site({
      'ep-1.ink': '# title: Uno\nINCLUDE shared/x.ink\n-> x\n',
      'shared/x.ink': '== x\nPrima versione.\n-> END\n',
    });
    const server = await createServer({ root, configFile: false, logLevel: 'silent', plugins: [inkPlugin()], server: { middlewareMode: true, ws: false } });
    try {
      const manifest = await server.transformRequest('virtual:episodes');
      expect(manifest?.code).toContain('import("/stories/ep-1.ink');
      await server.transformRequest('/stories/ep-1.ink'); // as the page does: the episode is now open

      const send = vi.spyOn(server.ws, 'send').mockImplementation(() => {});
      const plugin = server.config.plugins.find((p) => p.name === 'ink') as Plugin;
      const include = path.join(root, 'stories/shared/x.ink');
      const edit = async (text: string) => {
        fs.writeFileSync(include, text);
        send.mockClear();
        // As Vite calls it for the browser's environment (the plugin ignores the others).
        const hotUpdate = plugin.hotUpdate as (this: unknown, ctx: Partial<HotUpdateOptions>) => unknown;
        await hotUpdate.call({ environment: { name: 'client' } }, { file: include, server, modules: [], timestamp: 0, read: async () => text, type: 'update' });
        return send.mock.calls.map(([payload]) => payload as unknown as Record<string, unknown>);
      };

      const [update] = await edit('== x\nSeconda versione.\n-> END\n');
      expect(update).toMatchObject({ type: 'custom', event: 'ink:update', data: { slug: 'ep-1' } });
      expect((update.data as { json: string }).json).toContain('Seconda versione.');

      const [error] = await edit('== x\n-> da_nessuna_parte\n');
      expect(error).toMatchObject({ type: 'error' });
      expect((error.err as { message: string }).message).toMatch(/stories\/shared\/x\.ink:2: error: Divert target not found/);
    } finally {
      await server.close();
    }
  }, 60_000);
});
