// `npm run lighthouse`: builds the site, serves it (gzip, as any static host would), and runs Lighthouse
// with its mobile defaults (simulated slow 4G, 4× CPU) in the system Chromium on the home page and on an
// episode (after one unmeasured run on a page of none of our files: see WARM_UP_PAGE), three times each,
// interleaved; prints the four scores of each page's median run, then the web manifest and Chromium's
// installability errors read through CDP. Reports (the median runs) land in test-results/lighthouse/.
// Slow (about two minutes), so not part of `npm test`.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type RunnerResult } from 'lighthouse';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--headless=new'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const REPORTS = path.join(root, 'test-results/lighthouse');
/** Runs of each page: 3, or `npm run lighthouse -- --runs N`. */
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 3;
const performanceOf = (result: RunnerResult) => result.lhr.categories.performance?.score ?? 0;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A page of none of our files, loaded once before the measured runs. The first page a freshly started
 * Chromium loads pays for the browser's own start (its font service reading fontconfig, among others):
 * in interleaved runs here, the first home page of a new browser scored 0.83, 0.96, 0.90, 0.89 (total
 * blocking time 227–710 ms) and the second 1.00, 0.98, 1.00, 0.97 (40–186 ms). A reader's browser is
 * already running; and Lighthouse empties the cache before each run, so nothing of ours is warm.
 */
const WARM_UP_PATH = '/__warm-up.html';
const WARM_UP_PAGE = `<!doctype html><meta charset="utf-8"><title>warm-up</title>
<p style="font-family:serif">Testo</p><p style="font-family:sans-serif;font-weight:700">Testo</p><p style="font-family:monospace">Testo</p>`;

/** A static server for `dir`, compressing text with gzip and caching hashed assets for a year. */
async function serveCompressed(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pathname === WARM_UP_PATH) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(WARM_UP_PAGE);
      return;
    }
    let file = path.join(dir, pathname);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(dir) || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    let body = fs.readFileSync(file);
    if (/text|javascript|json|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      body = zlib.gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'sihv-lighthouse-'));
const server = await (async () => {
  await build({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  return serveCompressed(dist);
})();
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });

try {
  fs.mkdirSync(REPORTS, { recursive: true });
  const pages = [
    { name: 'home', url: `${server.url}/` },
    { name: 'episode', url: `${server.url}/#/episodio/episodio-4` },
  ];
  const rows: string[] = [];
  await lighthouse(`${server.url}${WARM_UP_PATH}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  // Pages interleaved, RUNS times: a page's performance is its median run (the machine's noise moves one
  // run's total blocking time by hundreds of ms), whose report is the one kept and detailed.
  const runs = new Map<string, RunnerResult[]>(pages.map((page) => [page.name, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const page of pages) {
      const result = await lighthouse(page.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
      runs.get(page.name)!.push(result);
    }
  }
  for (const page of pages) {
    const byScore = [...runs.get(page.name)!].sort((a, b) => performanceOf(a) - performanceOf(b));
    const result = byScore[Math.floor((byScore.length - 1) / 2)];
    fs.writeFileSync(path.join(REPORTS, `${page.name}.json`), String(result.report));
    const { categories, audits } = result.lhr;
    const scores = CATEGORIES.map((c) => `${c} ${categories[c]?.score?.toFixed(2) ?? '—'}`);
    rows.push(`${page.name.padEnd(8)} ${scores.join('  ')}`);
    if (RUNS > 1) rows.push(`         performance, run by run: ${runs.get(page.name)!.map((r) => performanceOf(r).toFixed(2)).join(' ')} (median above)`);
    // What kept each category from 1: the failing audits that carry weight.
    for (const c of CATEGORIES) {
      const failing = (categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 0.9)
        .map((ref) => `${ref.id} ${audits[ref.id].displayValue ?? audits[ref.id].score}`);
      if (failing.length) rows.push(`         ${c}: ${failing.join('; ')}`);
    }
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
    rows.push(`         ${metrics.map((m) => `${m.replace(/-/g, ' ')} ${audits[m]?.displayValue ?? '—'}`).join(' · ')}`);
  }
  console.log(`\nLighthouse 12 (mobile defaults), scores 0–1${RUNS > 1 ? `, the median of ${RUNS} runs` : ''}:`);
  for (const row of rows) console.log(row);

  // Installability, as Chromium itself judges it (a profile on disk: an incognito one never installs).
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const context = browser.contexts()[0];
  const tab = await context.newPage();
  await tab.goto(`${server.url}/`);
  await tab.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  const cdp = await context.newCDPSession(tab);
  const manifest = await cdp.send('Page.getAppManifest');
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  console.log(`\nWeb manifest ${manifest.url}${manifest.errors.length ? ` (errors: ${JSON.stringify(manifest.errors)})` : ' (no errors)'}:`);
  console.log(JSON.stringify(JSON.parse(manifest.data ?? '{}'), null, 2));
  console.log(`Installability errors: ${installabilityErrors.length ? JSON.stringify(installabilityErrors) : 'none (installable)'}`);
  await browser.close();
} finally {
  await chrome.kill();
  await server.close();
  fs.rmSync(dist, { recursive: true, force: true });
}
