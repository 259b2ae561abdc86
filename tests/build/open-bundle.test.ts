// @vitest-environment node
// The reader's bundle stays free of the ink compiler: only the open page (#/apri) reaches its worker,
// and the service worker never precaches it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSizes, readerFiles } from '../../scripts/bench/sizes';
import { precachedUrls } from '../../scripts/pwa';

const root = path.resolve(__dirname, '../..');
let dist = '';

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'sihv-open-bundle-'));
  await build({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
}, 180_000);
afterAll(() => {
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

const assets = () => fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
const named = (prefix: string) => assets().filter((f) => f.startsWith(prefix));
const text = (file: string) => fs.readFileSync(path.join(dist, 'assets', file), 'utf8');

describe('the ink compiler stays out of what readers load', () => {
  it('no file a reader can load (entry, episodes, engine, workshop) imports the worker or holds compiler code', () => {
    const reader = readerFiles(dist);
    // The walk reaches the episodes and the ink runtime: it follows dynamic imports.
    expect(reader.some((f) => f.startsWith('episodio-'))).toBe(true);
    expect(reader.some((f) => f.startsWith('run-'))).toBe(true);
    expect(reader.filter((f) => /^(compile|OpenScreen)/.test(f))).toEqual([]);
    const sizes = bundleSizes(dist);
    expect(sizes.compilerFound).toEqual([]);
    // The compiler does exist, in the worker alone (so the search above would find it anywhere else).
    expect(sizes.compilerIn.length).toBe(1);
    expect(sizes.compilerIn[0]).toMatch(/^compile\.worker-/);
  });

  it('the open page reaches the compiler through its worker only', () => {
    const [open] = named('OpenScreen-');
    const [client] = named('compile-client-');
    expect(text(open)).toContain(client);
    expect(assets().filter((f) => f !== client && f.startsWith('compile.worker-') && text(client).includes(f))).toHaveLength(1);
  });

  it('the service worker does not precache the compiler', () => {
    const urls = precachedUrls(dist);
    expect(urls.some((u) => u.includes('episodio-4'))).toBe(true);
    expect(urls.filter((u) => u.includes('compile.worker'))).toEqual([]);
  });
});
