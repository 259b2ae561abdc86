// npm run bench — prints numbers, asserts nothing. Run with --expose-gc (the npm script does).
//   sizes: initial JS of the built site (gzipped) and the lazy chunks; no compiler in any of them
//   latency: Chromium, 4× CPU throttling, our player vs a plain-DOM inkjs page on the same story
//   memory: heap retained by 1,000 steps of rewind history
// Options: --runs N (first-line runs, default 15), --steps N (clicks per page, default 150), --no-build
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { bundleSizes } from './bench/sizes';
import { rewindMemory } from './bench/memory';
import { plainPageHtml } from './bench/plain-page';
import { serve } from './bench/serve';
import { firstLine, launch, stats, stepLatencies, type PageUnderTest } from './bench/browser';
import { compileInkFile } from './ink/compiler';

const SLUG = 'episodio-4';
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (v: number) => `${v.toFixed(1)} ms`;

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
if (!process.argv.includes('--no-build')) await build({ root, logLevel: 'warn' });

// Sizes
const sizes = bundleSizes(dist);
console.log('\n== Bundle (gzip -9)');
console.log(`initial JS (home page, before any episode): ${kb(sizes.initialJs)}   target ≤ 130 KB`);
for (const c of sizes.chunks) console.log(`  lazy ${c.file.padEnd(34)} ${kb(c.gzip)}`);
const episodeJs = sizes.initialJs + sizes.chunks.filter((c) => !/^episodio-(?!4)/.test(c.file)).reduce((n, c) => n + c.gzip, 0);
console.log(`JS to read episode 4 (initial + engine + story + motion features): ${kb(episodeJs)}`);
console.log(`ink compiler in the bundle: ${sizes.compilerFound.length ? sizes.compilerFound.join(', ') : 'none'}`);

// Memory
const json = compileInkFile(path.join(root, 'stories', `${SLUG}.ink`)).json!;
const cast = JSON.parse(fs.readFileSync(path.join(root, 'stories', 'cast.json'), 'utf8'));
const memory = rewindMemory(json, cast, 1000);
console.log('\n== Rewind history');
console.log(
  memory
    ? `1,000 steps retain ${kb(memory.bytes)} (${(memory.perStep / 1024).toFixed(2)} KB a step; ink state ≈ ${Math.round(memory.stateChars)} chars)   target ≤ 5 MB`
    : 'skipped: run with node --expose-gc (npm run bench does)',
);

// Latency
const plainDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plain-ink-'));
fs.writeFileSync(path.join(plainDir, 'index.html'), plainPageHtml(json));
fs.copyFileSync(path.join(root, 'node_modules/inkjs/dist/ink.js'), path.join(plainDir, 'ink.js'));
const server = await serve({ '/plain/': plainDir, '/': dist });
const ours: PageUnderTest = {
  name: 'our player',
  url: `${server.url}/#/episodio/${SLUG}`,
  line: '.scene [data-line]:not(.line--choice)',
  advance: 'button.continue',
  choice: 'button.choice',
  reset: (page) => page.evaluate(() => localStorage.clear()),
};
const plain: PageUnderTest = {
  name: 'plain inkjs page',
  url: `${server.url}/plain/`,
  line: '[data-line]',
  advance: '[data-advance]:not([hidden])',
  choice: '[data-choice]',
  reset: async () => {},
};

const runs = arg('--runs', 15);
const steps = arg('--steps', 150);
const browser = await launch();
const first = { ours: [] as number[], plain: [] as number[] };
for (let i = 0; i < runs; i++) {
  // Interleaved, so both pages share whatever else the machine is doing.
  first.ours.push(await firstLine(browser, ours));
  first.plain.push(await firstLine(browser, plain));
}
const click = { ours: [] as number[], plain: [] as number[] };
for (let i = 0; i < 3; i++) {
  click.ours.push(...(await stepLatencies(browser, ours, Math.ceil(steps / 3))));
  click.plain.push(...(await stepLatencies(browser, plain, Math.ceil(steps / 3))));
}
await browser.close();
await server.close();

console.log('\n== Latency (Chromium, 4× CPU throttling; median / p95)');
const row = (label: string, a: number[], b: number[], target: number) => {
  const o = stats(a);
  const p = stats(b);
  console.log(
    `${label}: ours ${ms(o.median)} / ${ms(o.p95)}   plain ${ms(p.median)} / ${ms(p.p95)}   ratio ours/plain ${(o.median / p.median).toFixed(2)} (p95 ${(o.p95 / p.p95).toFixed(2)})   target ≤ ${target}   n=${o.n}`,
  );
};
row('navigation → first line', first.ours, first.plain, 1.5);
row('click → next line      ', click.ours, click.plain, 1.25);
