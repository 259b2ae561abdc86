import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
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
});
