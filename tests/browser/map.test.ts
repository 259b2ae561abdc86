// The story map in `npm run dev`: `#/mappa/episodio-4` on the dev server (vite.config.ts as is, over a
// temporary copy of stories/): the nodes drawn, a click opening the source at its line through Vite's
// open-in-editor endpoint, the reader's route marked after reading, and an edit shown at once.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from './dev-server';
import { SCENE_READY, launch, newPage, readUntil, step } from './helpers';

let dev: DevServer;
let browser: Browser;
let page: Page;

const lineOf = (text: string, header: string) => text.split('\n').findIndex((l) => l.trim() === header) + 1;

beforeAll(async () => {
  dev = await startDevServer();
  browser = await launch();
  page = await newPage(browser);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await dev?.close();
});

const node = (id: string) => page.locator(`[data-node="${id}"]`);
/** A node's text as read: wrapped lines joined with spaces. */
const textOf = (id: string) =>
  node(id).evaluate((el) => [...el.querySelectorAll('text')].map((t) => (t.querySelector('tspan') ? [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') : t.textContent)).join(' | '));

describe('#/mappa/episodio-4 in npm run dev', () => {
  it('draws every knot and stitch with its first line, and the legend', async () => {
    await page.goto(`${dev.url}#/mappa/episodio-4`);
    await node('apertura').waitFor({ timeout: 60_000 });
    for (const id of ['rivoluzione', 'ere.scelta', 'perche_no.facebook', 'finale.pausa', 'recap', 'teaser']) expect(await node(id).count()).toBe(1);
    expect(await textOf('apertura')).toContain('L’uomo con il cappotto incrocia le braccia.');
    expect(await page.locator('.story-map .label').filter({ hasText: 'Prendersi una pausa' }).count()).toBe(1);
    expect(await page.locator('.story-map .legend').textContent()).toContain('mai raggiunto');
    // Functions are not story nodes, and the page never loads the layout library.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    expect(scripts.some((s) => /dagre/i.test(s))).toBe(false);
  });

  it('a click on a node opens its source at the knot\'s line, through /__open-in-editor', async () => {
    const opened: string[] = [];
    await page.route('**/__open-in-editor**', (route) => {
      opened.push(new URL(route.request().url()).searchParams.get('file') ?? '');
      return route.fulfill({ status: 200, body: '' });
    });
    await node('rivoluzione').click();
    await expect.poll(() => opened).toHaveLength(1);
    const file = path.join(dev.storiesDir, 'episodio-4.ink');
    expect(opened[0]).toBe(`${file}:${lineOf(fs.readFileSync(file, 'utf8'), '=== rivoluzione ===')}`);
    // A stitch in an INCLUDEd file opens that file.
    await node('recap.orario_puntata_3').click();
    await expect.poll(() => opened).toHaveLength(2);
    expect(opened[1]).toBe(`${path.join(dev.storiesDir, 'shared/recap.ink')}:${lineOf(dev.read('shared/recap.ink'), '= orario_puntata_3')}`);
    await page.unroute('**/__open-in-editor**');
  });

  it('marks the route of the reader\'s saved run, and where the reader is', async () => {
    await page.goto(`${dev.url}#/episodio/episodio-4`);
    await page.waitForSelector(SCENE_READY);
    await readUntil(page, (s) => s.phase === 'choosing');
    await page.keyboard.press('1'); // «Aspettare che finisca la frase»
    await step(page);
    // The save is written when the browser is idle: wait for it before leaving.
    await page.waitForFunction(() => (localStorage.getItem('sihv.v1.save.episodio-4') ?? '').length > 0);
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('sihv.v1.save.episodio-4') && (localStorage.getItem(k) ?? '').includes('apertura.aspettare')));
    await page.goto(`${dev.url}#/mappa/episodio-4`);
    await page.locator('.node--route[data-node="apertura.aspettare"]').waitFor({ timeout: 60_000 });
    const route = await page.locator('.node--route').evaluateAll((els) => els.map((e) => e.getAttribute('data-node')));
    expect(route).toEqual(expect.arrayContaining(['apertura', 'recap', 'apertura.aspettare']));
    expect(route).not.toContain('apertura.finto');
    expect(await textOf('apertura.aspettare')).toContain('sei qui');
    expect(await page.getByTestId('map-status').textContent()).toContain('sei in apertura.aspettare');
  });

  it('an edit to the ink shows on the map at once', async () => {
    await node('apertura').waitFor();
    const source = dev.read('episodio-4.ink');
    dev.write('episodio-4.ink', source.replace('cappotto: Che cosa? # pose: cappotto pensoso', 'cappotto: Una riga cambiata adesso. # pose: cappotto pensoso'));
    await expect.poll(() => textOf('apertura.aspettare'), { timeout: 30_000 }).toContain('Una riga cambiata adesso.');
    dev.write('episodio-4.ink', source);
  });
});
