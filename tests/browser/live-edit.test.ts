// Live editing in `npm run dev`: the author saves a .ink file and the open episode shows it, where
// the reader is. Runs vite's dev server (vite.config.ts as is) over a temporary copy of stories/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startDevServer, type DevServer } from './dev-server';
import { launch, readUntil, SCENE_READY, snapshot, waitForChange } from './helpers';

const EPISODE = 'episodio-4.ink';
const EDITED_LINE = 'valigetta: Non dica così.';
const TAKEN_CHOICE = '* [Chiedere all’uomo con il cappotto perché «finto»] -> finto';

let dev: DevServer;
let browser: Browser;
let page: Page;
let original = '';

/** The text of the reading column (the lines on the page, the choices, any notice). */
const sceneText = () => page.evaluate(() => document.querySelector('.scene')?.textContent ?? '');
const waitForText = (text: string, present = true) =>
  page.waitForFunction(
    ({ text, present }) => (document.querySelector('.scene')?.textContent ?? '').includes(text) === present,
    { text, present },
    { timeout: 20_000 },
  );
/** Vite's error overlay text (it lives in a shadow root), or null when there is none. */
const overlayText = () =>
  page.evaluate(() => {
    const overlays = document.querySelectorAll('vite-error-overlay');
    return overlays.length ? Array.from(overlays, (o) => o.shadowRoot?.textContent ?? '').join('\n') : null;
  });
/** Set once per page load: still there after an edit means the page was not reloaded. */
const markDocument = () => page.evaluate(() => ((window as unknown as { liveMark: number }).liveMark = 1));
const sameDocument = () => page.evaluate(() => (window as unknown as { liveMark?: number }).liveMark === 1);

beforeAll(async () => {
  dev = await startDevServer();
  original = dev.read(EPISODE);
  expect(original).toContain(EDITED_LINE);
  expect(original).toContain(TAKEN_CHOICE);
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  page = await context.newPage();
  page.on('pageerror', (e) => {
    throw new Error(`page error: ${e.message}`);
  });
  await page.goto(`${dev.url}#/episodio/episodio-4`);
  await page.waitForSelector(SCENE_READY, { timeout: 60_000 });
  await markDocument();
});

afterAll(async () => {
  await browser?.close();
  await dev?.close();
});

describe('live editing in the dev server', () => {
  it('an edited line already on screen shows its new text in place; ← and the history still work', async () => {
    const atChoice = await readUntil(page, (s) => s.phase === 'choosing');
    expect(await sceneText()).toContain('Non dica così.');
    dev.write(EPISODE, original.replace(EDITED_LINE, 'valigetta: Non dica così, la prego.'));
    await waitForText('Non dica così, la prego.');
    expect(await snapshot(page)).toMatchObject({ phase: 'choosing', beats: atChoice.beats });
    expect(await sameDocument()).toBe(true);
    // ← steps back one line, in the new story: the edited line is still there.
    await page.keyboard.press('ArrowLeft');
    await waitForChange(page, atChoice);
    expect((await snapshot(page)).beats).toBe(atChoice.beats - 1);
    expect(await sceneText()).toContain('Non dica così, la prego.');
    // The history has the new words.
    await page.keyboard.press('c');
    const history = page.getByRole('dialog', { name: 'Cronologia' });
    await history.waitFor();
    expect(await history.textContent()).toContain('Non dica così, la prego.');
    expect(await history.textContent()).not.toContain('Non dica così.');
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'detached' });
  });

  it('a choice taken away: one notice says which and where the reader stands; restoring it brings the reader back', async () => {
    await readUntil(page, (s) => s.phase === 'choosing');
    await page.waitForSelector('.choice');
    const before = await snapshot(page);
    await page.keyboard.press('2'); // «Chiedere all’uomo con il cappotto perché «finto»»
    await waitForChange(page, before);
    const afterChoice = await snapshot(page);
    expect(afterChoice.beats).toBeGreaterThan(before.beats);
    const edited = original.replace(EDITED_LINE, 'valigetta: Non dica così, la prego.');
    dev.write(EPISODE, edited.replace(TAKEN_CHOICE + '\n', ''));
    const notice = page.locator('.notice');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toContain("L'episodio è cambiato: la scelta «Chiedere all’uomo con il cappotto perché «finto»» non c'è più.");
    expect(await notice.textContent()).toContain("Sei al bivio in cui l'avevi fatta, dopo «Anch’io per un momento l’ho pensato.");
    await page.waitForSelector('.choice');
    expect(await snapshot(page)).toMatchObject({ phase: 'choosing', beats: before.beats, choices: ['Aspettare che finisca la frase'] });
    // A second save that still lacks it: the notice is replaced, never stacked.
    dev.write(EPISODE, edited.replace(TAKEN_CHOICE + '\n', '').replace('Risponde quello con la valigetta.', 'Risponde, piano, quello con la valigetta.'));
    await waitForText('Risponde, piano, quello con la valigetta.');
    expect(await page.locator('.notice').count()).toBe(1);
    // The choice is back: the notice goes and the reader is where they were.
    dev.write(EPISODE, edited);
    await notice.waitFor({ state: 'detached', timeout: 20_000 });
    expect((await snapshot(page)).beats).toBe(afterChoice.beats);
    expect(await sameDocument()).toBe(true);
  });

  it('broken ink shows the overlay with file:line; the next good compile takes it away, without a reload', async () => {
    const good = dev.read(EPISODE);
    const lines = good.split('\n');
    const at = lines.findIndex((l) => l.startsWith('=== rivoluzione ==='));
    lines.splice(at + 1, 0, '-> un_nodo_che_non_esiste');
    dev.write(EPISODE, lines.join('\n'));
    await page.waitForFunction(() => document.querySelector('vite-error-overlay'), null, { timeout: 20_000 });
    const shown = await overlayText();
    expect(shown).toContain(`${EPISODE}:${at + 2}`);
    expect(shown).toContain('un_nodo_che_non_esiste');
    // The reading goes on in the last version that compiled.
    expect((await snapshot(page)).phase).not.toBe('failed');
    dev.write(EPISODE, good.replace('Risponde quello', 'Risponde subito quello'));
    await page.waitForFunction(() => !document.querySelector('vite-error-overlay'), null, { timeout: 20_000 });
    await waitForText('Risponde subito quello');
    expect(await sameDocument()).toBe(true);
  });

  it('episode files added, renamed and deleted update the home page list; an open episode deleted is «Episodio non trovato»', async () => {
    const title = (slug: string) => page.locator(`.episode-card a[href$="/${slug}"]`);
    await page.goto(`${dev.url}#/`);
    await page.waitForSelector('.episode-card');
    await markDocument();
    const cards = await page.locator('.episode-card').count();
    dev.write('episodio-9.ink', '# title: Un episodio appena scritto\n# episode: 9\n# summary: Scritto durante il test.\n\ncappotto: Una riga nuova di zecca.\n-> END\n');
    await page.getByText('Un episodio appena scritto').waitFor({ timeout: 20_000 });
    expect(await page.locator('.episode-card').count()).toBe(cards + 1);
    // It opens (its module is imported from the URL the server sent).
    await page.goto(`${dev.url}#/episodio/episodio-9`);
    await page.waitForSelector(SCENE_READY, { timeout: 20_000 });
    expect(await sceneText()).toContain('Una riga nuova di zecca.');
    expect(await sameDocument()).toBe(true);
    // Renamed while open: this address no longer answers.
    dev.rename('episodio-9.ink', 'episodio-10.ink');
    await page.getByRole('heading', { name: 'Episodio non trovato' }).waitFor({ timeout: 20_000 });
    await page.goto(`${dev.url}#/`);
    await page.waitForSelector('.episode-card');
    expect(await title('episodio-10').count()).toBeGreaterThan(0);
    expect(await title('episodio-9').count()).toBe(0);
    dev.remove('episodio-10.ink');
    await page.getByText('Un episodio appena scritto').waitFor({ state: 'detached', timeout: 20_000 });
    expect(await page.locator('.episode-card').count()).toBe(cards);
    expect(await sameDocument()).toBe(true);
  });
});
