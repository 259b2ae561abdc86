// npm run bench — prints numbers and issue 13's budgets (✓/✗); asserts nothing. Run with --expose-gc (the npm script does).
//   sizes: initial JS of the built site (gzipped) and the lazy chunks; no compiler in any of them
//   memory: heap retained by 1,000 steps of rewind history (Node)
//   episode 4, our player against Inky's web export of the same story (scripts/bench/inky-export.ts),
//     one server with gzip, Chromium with 4× CPU throttling, interleaved: cold loads (first line
//     visible and painted, FCP, bytes before the first line), clicks along the same route, heap after
//     500 lines read (scripts/bench/versus.ts)
//   long story: the same against the export on a generated 5,000-line episode, then click → next line
//     at lines 100, 1,000 and 5,000 (flat cost as the story grows), the save's size, the bytes a step writes
//   workshop: a presenter window's key → the line painted on the projector window, beside one window
//   budgets: issue 13's, as rows with ✓/✗ (Lighthouse only with --lighthouse: it builds and runs on its own)
// Options: --runs N (cold loads of each page, default 15), --steps N (choice points clicked on each page,
//   default 27; after each, up to 2 of our Continua clicks: about 100 clicks), --heap-lines N (500), --no-build (use dist/),
//   --no-workshop, --workshop-steps N (16), --no-long, --long-runs N (cold loads on the long story, 5),
//   --long-clicks N (timed clicks around each of its points, 20), --lighthouse
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { bundleSizes, episodeLinkFiles, gzipOfAssets } from './bench/sizes';
import { rewindMemory } from './bench/memory';
import { writeInkyExport } from './bench/inky-export';
import { serve } from './bench/serve';
import { CPU_SLOWDOWN, launch, stats } from './bench/browser';
import { inkyExport, ourPlayer, type Contender } from './bench/contenders';
import { clickSession, coldLoad, heapWithoutChoices, type LoadSample } from './bench/versus';
import { buildLongSite, LONG_SLUG, longStoryLatencies } from './bench/long';
import { compileLongStory } from './bench/long-story';
import { workshopLatency } from './bench/workshop';
import { lighthouseScores } from './bench/lighthouse-scores';
import { printBudgets, ratio, sizeRow, times, timingRow, kb, mb, ms, type Budget } from './bench/report';
import { compileInkFile } from './ink/compiler';
import type { BuiltSite } from './site-with-stories';

const SLUG = 'episodio-4';
const LONG_LINES = 5000;
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const flag = (name: string) => process.argv.includes(name);
const startedAt = Date.now();
let partAt = startedAt;
const took = () => {
  const s = (Date.now() - partAt) / 1000;
  partAt = Date.now();
  return `(this part took ${s.toFixed(0)} s)`;
};

// Other work on the machine shows in every latency: say how busy it was.
const load = () => os.loadavg().map((v) => v.toFixed(1)).join(' / ');
console.log(`machine: ${os.cpus().length} cores, load average ${load()} (1 / 5 / 15 min) at start`);

const root = path.resolve(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sihv-bench-'));
// Our own output folder: other work in this checkout may rebuild dist/ meanwhile.
const dist = flag('--no-build') ? path.join(root, 'dist') : path.join(work, 'dist');
if (!flag('--no-build')) await build({ root, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });

// Sizes
const sizes = bundleSizes(dist);
console.log('\n== Bundle (gzip -9)');
console.log(`initial JS (home page, before any episode): ${kb(sizes.initialJs)}   target ≤ 130 KB`);
for (const c of sizes.chunks) console.log(`  lazy ${c.file.padEnd(34)} ${kb(c.gzip)}`);
const episodeJs = sizes.initialJs + sizes.chunks.filter((c) => !/^episodio-(?!4)/.test(c.file)).reduce((n, c) => n + c.gzip, 0);
// On an episode's link the HTML paints the first line; these start after it, all at once (route-preload.ts).
console.log(`JS an episode link starts after its painted first line (entry, static imports, engine, the episode): ${kb(gzipOfAssets(dist, episodeLinkFiles(dist, SLUG)))}`);
console.log(`JS to read episode 4, at most (initial + every lazy chunk but the other episodes; measured below): ${kb(episodeJs)}`);
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
console.log(took());

const titleOf = (ink: string) => /^# title:\s*(.+)$/m.exec(ink)?.[1].trim() ?? 'Story';
writeInkyExport(path.join(work, 'export'), json, titleOf(fs.readFileSync(path.join(root, 'stories', `${SLUG}.ink`), 'utf8')), root);
const server = await serve({ '/export/': path.join(work, 'export'), '/': dist });
const browser = await launch();
const budgets: Budget[] = [];
// The long story's site and export are built while episode 4's pages read on untimed for the heap.
const withLong = !flag('--no-long');
let longSite: BuiltSite | null = null;
const buildLong = async () => {
  longSite = await buildLongSite(root, LONG_LINES);
  writeInkyExport(path.join(longSite.dist, '..', 'export'), compileLongStory(LONG_LINES), 'Una lunga conversazione', root);
};

const HOW = `Both pages on one local server (gzip), Chromium with ${CPU_SLOWDOWN}× CPU throttling; median / p95; ratio = ours / export.
A story line counts as visible when its element enters the DOM and as painted once a frame has been
produced after that (requestAnimationFrame, then a task), both reported by an init script's
MutationObserver through the console, the same on both pages; FCP from PerformanceObserver paint
entries; bytes are gzipped bodies (Resource Timing) that had arrived by the first line. Samples alternate
between the pages.`;

async function coldLoads(ours: Contender, theirs: Contender, runs: number): Promise<{ ours: LoadSample[]; export: LoadSample[] }> {
  const out = { ours: [] as LoadSample[], export: [] as LoadSample[] };
  for (let i = 0; i < runs; i++) {
    for (const c of i % 2 ? [theirs, ours] : [ours, theirs]) out[c.key].push(await coldLoad(browser, c));
  }
  return out;
}

function printLoads(loads: { ours: LoadSample[]; export: LoadSample[] }) {
  const pick = (k: keyof LoadSample) => [loads.ours.map((s) => s[k]), loads.export.map((s) => s[k])] as const;
  const visible = timingRow('first line visible (in the DOM)     ', ...pick('visible'));
  const painted = timingRow('first line painted                  ', ...pick('painted'));
  const fcp = timingRow('first contentful paint              ', ...pick('fcp'));
  const js = sizeRow('JS before the first line (gz)       ', ...pick('jsBytes'));
  sizeRow('all bytes before the first line (gz)', ...pick('allBytes'));
  return { visible, painted, fcp, js };
}

try {
  // Episode 4
  const ours = ourPlayer(`${server.url}/#/episodio/${SLUG}`);
  const theirs = inkyExport(`${server.url}/export/`);
  const loads = await coldLoads(ours, theirs, arg('--runs', 15));
  const session = await clickSession(browser, ours, theirs, arg('--steps', 27), 2, arg('--heap-lines', 500), withLong ? buildLong : undefined);
  console.log(`\n== Episode 4: our player against Inky's web export of the same story`);
  console.log(HOW);
  const first = printLoads(loads);
  console.log(`Clicks, from a settled page (network idle, fades and scrolls done, an idle callback, ≥ 0.5 s after the last line), a real mouse click, timed from the click event's timeStamp:`);
  const choice = timingRow('click → painted, a choice          ', session.choice.ours, session.choice.export);
  const advance = timingRow('click → painted, our Continua      ', session.advance, session.choice.export);
  const dom = (v: number[]) => `${ms(stats(v).median)} / ${ms(stats(v).p95)}`;
  console.log(`  in the DOM (script only): choice ours ${dom(session.choice.oursDom)}, export ${dom(session.choice.exportDom)}; Continua ${dom(session.advanceDom)}`);
  console.log(`  A choice is the like-for-like click: the export then shows every line up to the next choices (faded in 200 ms apart), we show`);
  console.log(`  the chosen option and the next line; the first new story line painted ends the timing on both. Our Continua click (one line)`);
  console.log(`  is compared with the export's choice click, its only click. Same route on both: at the k-th choice point of the p-th reading`);
  console.log(`  both pick option (k + p) mod n; ${session.routeMismatch ? `ROUTES DIFFERED: ${session.routeMismatch}` : 'the options matched at every choice point'}.`);
  if (session.misses.ours || session.misses.export) console.log(`  clicks that brought no line within 10 s (left out): ours ${session.misses.ours}, export ${session.misses.export}`);
  const heap = session.heap;
  console.log(
    `heap after ${heap.lines} lines read (after GC): ours ${mb(heap.ours)}   export ${mb(heap.export)}   ratio ${times(ratio(heap.ours, heap.export))}   (lines read ${heap.oursLines} / ${heap.exportLines}; the same pages, read on unthrottled)`,
  );
  console.log(took());

  budgets.push(
    { label: 'first line visible ≤ 1.0× the export', value: times(first.visible.median), met: first.visible.median <= 1, note: `stretch ≤ 0.8×: ${first.visible.median <= 0.8 ? '✓' : '✗'}` },
    { label: 'FCP ≤ 1.0× the export', value: times(first.fcp.median), met: first.fcp.median <= 1 },
    { label: 'JS before the first line ≤ 100 KB gz (episode link)', value: kb(first.js.ours), met: first.js.ours <= 100 * 1024 },
    { label: 'click → painted ≤ 1.0× (a choice, median)', value: times(choice.median), met: choice.median <= 1 },
    { label: 'click → painted p95 ≤ 1.1× (a choice)', value: times(choice.p95), met: choice.p95 <= 1.1 },
    { label: 'click → painted ≤ 1.0× (our Continua against their choice, median)', value: times(advance.median), met: advance.median <= 1 },
    { label: 'click → painted p95 ≤ 1.1× (our Continua against their choice)', value: times(advance.p95), met: advance.p95 <= 1.1 },
  );

  // The long story
  const site = longSite as BuiltSite | null;
  if (site) {
    const longServer = await serve({ '/export/': path.join(site.dist, '..', 'export'), '/': site.dist });
    const longUrl = `${longServer.url}/#/episodio/${LONG_SLUG}`;
    const longOurs = ourPlayer(longUrl);
    const longTheirs = inkyExport(`${longServer.url}/export/`);
    const longLoads = await coldLoads(longOurs, longTheirs, arg('--long-runs', 5));
    const longHeap = await heapWithoutChoices(browser, longOurs, longTheirs, arg('--heap-lines', 500));
    const points = [100, 1000, 5000];
    const loadBefore = load();
    const long = await longStoryLatencies(browser, longUrl, LONG_LINES, points, arg('--long-clicks', 20)).finally(() => longServer.close());

    const n = (v: number) => v.toLocaleString('en-US');
    console.log(`\n== Long story (${n(LONG_LINES)} lines, no clear, no choices): ours against the export, then ours alone`);
    console.log(`The export shows the whole story on opening (it continues to the next choice, and there is none), so it has no click to compare.`);
    printLoads(longLoads);
    console.log(
      `heap (after GC): ours after ${longHeap.oursLines} lines read ${mb(longHeap.ours)}   export with all ${n(longHeap.exportLines)} lines ${mb(longHeap.export)}   ratio ${times(ratio(longHeap.ours, longHeap.export))}`,
    );
    console.log(`Ours alone (4× throttling; median / p95), a settled page per point, the pages taking turns:`);
    const at = new Map(long.points.map((p) => [p.line, stats(p.samples)]));
    const width = Math.max(...points.map((p) => n(p).length));
    for (const p of long.points) {
      const s = at.get(p.line)!;
      const d = stats(p.dom);
      console.log(`click → next line at line ${n(p.line).padEnd(width)}: ${ms(s.median)} / ${ms(s.p95)}   (in the DOM ${ms(d.median)} / ${ms(d.p95)}; clicks to lines ${n(p.from)}–${n(p.to)}, n=${s.n})`);
    }
    const a = at.get(points[0])!;
    const z = at.get(points.at(-1)!)!;
    const aDom = stats(long.points[0].dom);
    const zDom = stats(long.points.at(-1)!.dom);
    console.log(`ratio line ${n(points.at(-1)!)} / line ${n(points[0])}: ${(z.median / a.median).toFixed(2)} (p95 ${(z.p95 / a.p95).toFixed(2)}; in the DOM ${(zDom.median / aDom.median).toFixed(2)})   target ≤ 1.2`);
    const { save } = long;
    console.log(`save at line ${n(LONG_LINES)}: ${kb(save.total)} (head ${kb(save.head)} + ${save.chunks} transcript chunks ${kb(save.chunkBytes)})`);
    const lastPoint = long.points.at(-1)!;
    const step = stats(lastPoint.writes.map((w) => w.bytes));
    // Chunk keys end in a revision (copy-on-write chunks): one name per chunk is enough here.
    const keys = [...new Set(lastPoint.writes.flatMap((w) => w.keys.map((k) => k.replace('sihv.v1.', '').replace(/(\.t\d+)\.\w+$/, '$1'))))];
    const ranges = long.points.map((p) => {
      const bytes = p.writes.map((w) => w.bytes);
      return `line ${n(p.line)} ${(Math.min(...bytes) / 1024).toFixed(1)}–${kb(Math.max(...bytes))}`;
    });
    console.log(`one step at line ${n(lastPoint.line)} writes: ${kb(step.median)} / ${kb(step.p95)}   (keys ${keys.join(', ')}; n=${step.n})`);
    console.log(`  min–max a step: ${ranges.join(', ')}`);
    const inside = long.points.reduce((sum, p) => sum + p.savesInside, 0);
    if (inside) console.log(`warning: ${inside} timed clicks had a storage write inside them`);
    console.log(`(fast-forward, unthrottled: ${(long.fastForwardMs / 1000).toFixed(1)} s; load average ${loadBefore} before the points)`);
    console.log(took());
  }

  // Workshop mode: the presenter's key → the line on the projector, beside the same key in one window.
  if (!flag('--no-workshop')) {
    const workshop = await workshopLatency(browser, server.url, SLUG, arg('--workshop-steps', 16));
    const w = stats(workshop.workshop);
    const one = stats(workshop.single);
    console.log('\n== Workshop (two windows of one browser, each with 4× CPU throttling; median / p95)');
    console.log(
      `presenter key → projector line: ${ms(w.median)} / ${ms(w.p95)}   one window key → line: ${ms(one.median)} / ${ms(one.p95)}   ratio ${times(w.median / one.median)} (p95 ${times(w.p95 / one.p95)})   n=${w.n}/${one.n}`,
    );
    console.log(took());
  }
} finally {
  await browser.close();
  await server.close();
  (longSite as BuiltSite | null)?.cleanup();
}

// Lighthouse builds and serves the site on its own and takes a minute or two: only when asked.
if (flag('--lighthouse')) {
  const scores = lighthouseScores(root);
  const met = (v: number) => v >= 0.95;
  budgets.push(
    'error' in scores
      ? { label: 'Lighthouse mobile performance ≥ 0.95 (home, episode)', value: scores.error, met: null }
      : { label: 'Lighthouse mobile performance ≥ 0.95 (home, episode)', value: `home ${scores.home.toFixed(2)}, episode ${scores.episode.toFixed(2)}`, met: met(scores.home) && met(scores.episode) },
  );
} else {
  budgets.push({ label: 'Lighthouse mobile performance ≥ 0.95 (home, episode)', value: 'not run', met: null, note: '(npm run bench -- --lighthouse, or npm run lighthouse)' });
}

console.log('\n== Budgets (issue 13; ratios are ours / the export, from this interleaved run)');
printBudgets(budgets);
fs.rmSync(work, { recursive: true, force: true });
console.log(`\nmachine: load average ${load()} at the end; the bench took ${((Date.now() - startedAt) / 60000).toFixed(1)} min`);
