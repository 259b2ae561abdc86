// npm run bench — prints numbers, asserts nothing. Run with --expose-gc (the npm script does).
//   sizes: initial JS of the built site (gzipped) and the lazy chunks; no compiler in any of them
//   latency: Chromium, 4× CPU throttling, our player vs a plain-DOM inkjs page on the same story
//   memory: heap retained by 1,000 steps of rewind history
//   long story: click → next line at lines 100, 1,000 and 5,000 of a generated 5,000-line episode
//     (4× throttling), the save's size at its end and the bytes one step writes there
//   workshop: a presenter window's key → the line painted on the projector window, beside one window
// Options: --runs N (first-line runs, default 15), --steps N (clicks per page, default 150), --no-build,
//   --no-workshop, --workshop-steps N (default 40), --no-long (skip the long story), --long-clicks N (timed clicks around each of its points, default 30)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { bundleSizes } from './bench/sizes';
import { rewindMemory } from './bench/memory';
import { plainPageHtml } from './bench/plain-page';
import { serve } from './bench/serve';
import { firstLine, launch, stats, stepLatencies, type PageUnderTest } from './bench/browser';
import { buildLongSite, LONG_SLUG, longStoryLatencies } from './bench/long';
import { workshopLatency } from './bench/workshop';
import { compileInkFile } from './ink/compiler';

const SLUG = 'episodio-4';
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (v: number) => `${v.toFixed(1)} ms`;

// Other work on the machine shows in every latency: say how busy it was.
const load = () => os.loadavg().map((v) => v.toFixed(1)).join(' / ');
console.log(`machine: ${os.cpus().length} cores, load average ${load()} (1 / 5 / 15 min) at start`);

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
// Workshop mode: the presenter's key → the line on the projector, beside the same key in one window.
const workshop = process.argv.includes('--no-workshop') ? null : await workshopLatency(browser, server.url, SLUG, arg('--workshop-steps', 40));
await browser.close();
await server.close();

if (workshop) {
  const w = stats(workshop.workshop);
  const one = stats(workshop.single);
  console.log('\n== Workshop (two windows of one browser, each with 4× CPU throttling; median / p95)');
  console.log(
    `presenter key → projector line: ${ms(w.median)} / ${ms(w.p95)}   one window key → line: ${ms(one.median)} / ${ms(one.p95)}   ratio ${(w.median / one.median).toFixed(2)} (p95 ${(w.p95 / one.p95).toFixed(2)})   n=${w.n}/${one.n}`,
  );
}

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

// Flat cost as the story grows
if (!process.argv.includes('--no-long')) {
  const LINES = 5000;
  const points = [100, 1000, 5000];
  const clicks = arg('--long-clicks', 30);
  const loadBefore = load();
  const site = await buildLongSite(root, LINES);
  const longServer = await serve({ '/': site.dist });
  const longBrowser = await launch();
  const long = await longStoryLatencies(longBrowser, `${longServer.url}/#/episodio/${LONG_SLUG}`, LINES, points, clicks).finally(async () => {
    await longBrowser.close();
    await longServer.close();
    site.cleanup();
  });

  const n = (v: number) => v.toLocaleString('en-US');
  console.log(`\n== Long story (${n(LINES)} lines, no clear, no choices; Chromium, 4× CPU throttling; median / p95)`);
  const at = new Map(long.points.map((p) => [p.line, stats(p.samples)]));
  const width = Math.max(...points.map((p) => n(p).length));
  for (const p of long.points) {
    const s = at.get(p.line)!;
    const dom = stats(p.dom);
    console.log(
      `click → next line at line ${n(p.line).padEnd(width)}: ${ms(s.median)} / ${ms(s.p95)}   (in the DOM ${ms(dom.median)} / ${ms(dom.p95)}; clicks to lines ${n(p.from)}–${n(p.to)}, n=${s.n})`,
    );
  }
  const first = at.get(points[0])!;
  const last = at.get(points.at(-1)!)!;
  const firstDom = stats(long.points[0].dom);
  const lastDom = stats(long.points.at(-1)!.dom);
  console.log(
    `ratio line ${n(points.at(-1)!)} / line ${n(points[0])}: ${(last.median / first.median).toFixed(2)} (p95 ${(last.p95 / first.p95).toFixed(2)}; in the DOM ${(lastDom.median / firstDom.median).toFixed(2)})   target ≤ 1.2`,
  );
  const { save } = long;
  console.log(`save at line ${n(LINES)}: ${kb(save.total)} (head ${kb(save.head)} + ${save.chunks} transcript chunks ${kb(save.chunkBytes)})`);
  const lastPoint = long.points.at(-1)!;
  const step = stats(lastPoint.writes.map((w) => w.bytes));
  // Chunk keys end in a revision (copy-on-write chunks): one name per chunk is enough here.
  const keys = [...new Set(lastPoint.writes.flatMap((w) => w.keys.map((k) => k.replace('sihv.v1.', '').replace(/(\.t\d+)\.\w+$/, '$1'))))];
  // A step rewrites the head and the chunk its line falls in, so it varies with the place in the chunk.
  const ranges = long.points.map((p) => {
    const bytes = p.writes.map((w) => w.bytes);
    return `line ${n(p.line)} ${(Math.min(...bytes) / 1024).toFixed(1)}–${kb(Math.max(...bytes))}`;
  });
  console.log(`one step at line ${n(lastPoint.line)} writes: ${kb(step.median)} / ${kb(step.p95)}   (keys ${keys.join(', ')}; n=${step.n})`);
  console.log(`  min–max a step: ${ranges.join(', ')}`);
  const inside = long.points.reduce((sum, p) => sum + p.savesInside, 0);
  if (inside) console.log(`warning: ${inside} timed clicks had a storage write inside them`);
  console.log(`(fast-forward, unthrottled: ${(long.fastForwardMs / 1000).toFixed(1)} s; load average ${loadBefore} before this part)`);
}

console.log(`\nmachine: load average ${load()} at the end`);
