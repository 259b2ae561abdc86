// The open page (#/apri): files set on its input as a reader would pick them, played in the player.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, newPage } from './helpers';

const FIXTURES = path.resolve(__dirname, '../fixtures/open');
const file = (name: string) => ({ name, mimeType: 'text/plain', buffer: fs.readFileSync(path.join(FIXTURES, name)) });

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openPage(page: Page) {
  await page.goto(`${baseUrl()}#/apri`);
  await page.waitForSelector('[data-screen="open"] .open__drop');
}

const latest = (page: Page) => page.locator('.page__lines > .line:last-child .line__text').textContent();
const beats = (page: Page) => page.locator('.scene').getAttribute('data-beats').then(Number);

async function next(page: Page) {
  const before = await beats(page);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((n) => Number(document.querySelector('.scene')?.getAttribute('data-beats')) > n, before);
}

describe('#/apri: any ink story', () => {
  it('compiles a .ink in a worker fetched only then, plays it without our cast, resumes after a reload', async () => {
    const page = await newPage(browser, 390, 844);
    const workers: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('compile.worker')) workers.push(r.url());
    });
    await openPage(page);
    expect(workers).toEqual([]); // the page itself does not fetch the compiler

    await page.setInputFiles('.open__input', [file('la-stazione.ink')]);
    await page.waitForSelector('.scene[data-phase="reading"]');
    expect(workers.length).toBeGreaterThan(0);
    await expect(page.locator('.scene__title').textContent()).resolves.toBe('La stazione');
    await expect(page.locator('.title-card__byline').textContent()).resolves.toBe('di Marta Rossi');
    // A line starting `Nota:` is nobody's: no name plate, the whole line shown, the class from # CLASS.
    await expect(latest(page)).resolves.toBe('Nota: il treno delle 7:45 è in ritardo.');
    expect(await page.locator('.line__speaker').count()).toBe(0);
    expect(await page.locator('.page__lines > .line:last-child.ink-avviso').count()).toBe(1);

    await next(page);
    // Inky's markup as elements; nothing else is.
    await expect(page.locator('.page__lines > .line:last-child i').textContent()).resolves.toBe('soppresso');
    await expect(page.locator('.page__lines > .line:last-child b').textContent()).resolves.toBe('in arrivo');
    await next(page);
    await next(page);
    await page.waitForSelector('.scene[data-phase="choosing"] .choice');
    await expect(page.locator('.choice__text').allTextContents()).resolves.toEqual(['Guarda i giornali', 'Compra un biglietto', 'Aspetta sulla panchina.']);
    await page.keyboard.press('2');
    await page.waitForFunction(() => document.querySelector('.scene')?.getAttribute('data-choices') === '1');
    await expect(latest(page)).resolves.toBe('L\'impiegato ti guarda: "Dove va?"');
    const id = await page.evaluate(() => Object.keys(localStorage).find((k) => /^sihv\.v1\.save\.apri-[0-9a-f]{16}$/.test(k)));
    expect(id).toBeTruthy();
    const read = await beats(page);
    await page.waitForFunction(([key, n]) => JSON.parse(localStorage.getItem(key as string) ?? '{}').transcriptLength === n, [id!, read] as const);

    // Reloaded, the page waits for the file again; the same file resumes at the same line.
    await page.reload();
    await page.waitForSelector('[data-screen="open"] .open__drop');
    await page.setInputFiles('.open__input', [file('la-stazione.ink')]);
    await page.waitForSelector('.scene[data-phase="reading"]');
    await expect(latest(page)).resolves.toBe('L\'impiegato ti guarda: "Dove va?"');
    expect(await page.locator('.scene').getAttribute('data-choices')).toBe('1');
    // The rewind works as for an episode.
    await page.keyboard.press('Backspace');
    await page.waitForSelector('.scene[data-phase="choosing"] .choice');
    await page.context().close();
  });

  it('lists compile errors with file and line; a missing INCLUDE is named until its file is picked too', async () => {
    const page = await newPage(browser);
    await openPage(page);
    await page.setInputFiles('.open__input', [file('rotto.ink')]);
    await page.waitForSelector('.open__errors');
    await expect(page.locator('.open__messages li').first().textContent()).resolves.toMatch(/^rotto\.ink:7: Expected some kind of logic/);

    await page.setInputFiles('.open__input', [file('principale.ink')]);
    await page.waitForFunction(() => document.querySelector('.open__messages')?.textContent?.includes('principale.ink:2: manca il file «capitoli/secondo.ink»'));

    await page.setInputFiles('.open__input', [file('principale.ink'), file('secondo.ink')]);
    await page.waitForSelector('.scene[data-phase="reading"]');
    await expect(latest(page)).resolves.toBe('Dal primo file.');
    await next(page);
    await expect(latest(page)).resolves.toBe('Dal secondo file, incluso.');
    await page.context().close();
  });

  it("opens an Inky web export's story.js, a story that runs out shows the error panel, the same story as .json resumes", async () => {
    const page = await newPage(browser);
    await openPage(page);
    await page.setInputFiles('.open__input', [file('il-faro.js')]);
    await page.waitForSelector('.scene[data-phase="reading"]');
    await expect(page.locator('.scene__title').textContent()).resolves.toBe('Il faro');
    await expect(latest(page)).resolves.toBe('Il faro è spenta.');
    await next(page);
    await expect(latest(page)).resolves.toBe('Il dado dice 4.'); // the EXTERNAL's ink fallback
    await page.waitForSelector('.choice');
    await page.keyboard.press('2'); // «Scendi al porto»
    // The story runs out of content while saying that line: the error panel keeps it.
    await page.waitForSelector('.scene[data-phase="failed"] .error-panel');
    await expect(page.locator('.error-panel__last').textContent()).resolves.toContain("Al porto non c'è nessuno.");

    // Another file: back to the drop zone, then a .json (the export's story, as Inky's «Compile to JSON» writes it).
    await page.goto(`${baseUrl()}#/`);
    await openPage(page);
    const js = fs.readFileSync(path.join(FIXTURES, 'il-faro.js'), 'utf8');
    const json = js.slice(js.indexOf('{'), js.lastIndexOf('}') + 1);
    await page.setInputFiles('.open__input', [{ name: 'faro.json', mimeType: 'application/json', buffer: Buffer.from(json) }]);
    // The same story (the same fingerprint), whatever file carries it: it resumes where it stopped.
    await page.waitForSelector('.scene[data-phase="failed"] .error-panel');
    await page.keyboard.press('Backspace');
    await page.waitForSelector('.scene[data-phase="choosing"] .choice');
    await expect(page.locator('.choice__text').allTextContents()).resolves.toEqual(['Accendi la lanterna', 'Scendi al porto']);
    await page.context().close();
  });
});
