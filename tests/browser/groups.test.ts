import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, newPage, screenshot, SCREENSHOTS, violations } from './helpers';

// The groups view reads only the log, so it is seeded for episode 4 whatever episode the other tests read.
const SLUG = 'episodio-4';
const MIN = 60_000;
const T0 = new Date(2026, 10, 26, 14, 0, 0).getTime();

const APERTURA = ['Aspettare che finisca la frase', 'Chiedere all’uomo con il cappotto perché «finto»'];
const TESTAMENTO = ['Sì: forse è il momento', 'No: non ancora'];
const FINALE = ['Prendersi una pausa', 'Ripartire dalle persone'];
const PROMPT = 'Avete mai pensato di chiudere la pagina, il sito o il blog della vostra azienda? Che cosa vi ha trattenuto?';

const LOG = {
  version: 1,
  groups: [
    {
      id: 'g1',
      number: 1,
      startedAt: T0,
      endedAt: T0 + 42 * MIN,
      choices: [
        { at: T0 + 4 * MIN, section: 'Apertura', point: 'apertura.0', options: APERTURA, chosen: APERTURA[1], hands: { [APERTURA[0]]: 3, [APERTURA[1]]: 9 } },
        { at: T0 + 21 * MIN, section: 'Testamento', point: 'testamento.0', options: TESTAMENTO, chosen: TESTAMENTO[1], hands: { [TESTAMENTO[0]]: 5, [TESTAMENTO[1]]: 7 } },
        { at: T0 + 38 * MIN, section: 'Finale', point: 'finale.0', options: FINALE, chosen: FINALE[1] },
      ],
      sections: [
        { name: 'Apertura', enteredAt: T0, leftAt: T0 + 9 * MIN },
        { name: 'Testamento', enteredAt: T0 + 9 * MIN, leftAt: T0 + 30 * MIN },
        { name: 'Finale', enteredAt: T0 + 30 * MIN, leftAt: T0 + 42 * MIN },
      ],
      prompts: [{ text: PROMPT, shownAt: T0 + 12 * MIN, seconds: 180 }],
    },
    {
      id: 'g2',
      number: 2,
      startedAt: T0 + 60 * MIN,
      endedAt: T0 + 95 * MIN,
      choices: [
        { at: T0 + 63 * MIN, section: 'Apertura', point: 'apertura.0', options: APERTURA, chosen: APERTURA[0], hands: { [APERTURA[0]]: 6, [APERTURA[1]]: 4 } },
        { at: T0 + 80 * MIN, section: 'Testamento', point: 'testamento.0', options: TESTAMENTO, chosen: TESTAMENTO[0], hands: { [TESTAMENTO[0]]: 8, [TESTAMENTO[1]]: 2 } },
      ],
      sections: [
        { name: 'Apertura', enteredAt: T0 + 60 * MIN, leftAt: T0 + 66 * MIN },
        { name: 'Testamento', enteredAt: T0 + 66 * MIN, leftAt: T0 + 95 * MIN },
      ],
      prompts: [],
    },
  ],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openGroups(page: Page, theme: 'light' | 'dark' = 'light') {
  await page.goto(baseUrl());
  await page.evaluate(
    ({ slug, log, theme }) => {
      localStorage.setItem(`sihv.v1.workshop-log.${slug}`, JSON.stringify(log));
      localStorage.setItem('sihv.v1.settings', JSON.stringify({ theme }));
    },
    { slug: SLUG, log: LOG, theme },
  );
  await page.goto(`${baseUrl()}#/gruppi/${SLUG}`);
  await page.reload();
  await page.getByRole('table').waitFor();
}

const row = (page: Page, name: string | RegExp) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: typeof name === 'string' }) });


describe('the groups of a workshop', () => {
  it('shows two groups side by side, with no axe violations in either theme', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await newPage(browser, 1280, 800, theme);
      await openGroups(page, theme);
      const table = page.getByRole('table');
      expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Gruppo 1', 'Gruppo 2']);
      const chosen = await row(page, /^Scelta 1/).locator('.groups-table__chosen').allTextContents();
      expect(chosen).toEqual([APERTURA[1], APERTURA[0]]);
      expect(await row(page, /^Scelta 3/).locator('td').allTextContents()).toEqual([FINALE[1], '—non raggiunta']);
      expect(await row(page, 'Testamento').locator('td').allTextContents()).toEqual(['21 min', '29 min']);
      expect(await page.locator('.hands').count()).toBe(4);
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('home links to the groups of an episode with a log', async () => {
    const page = await newPage(browser, 390, 844);
    await openGroups(page);
    await page.goto(baseUrl());
    const link = page.locator(`article:has(#ep-${SLUG}) a:text-is("Gruppi")`);
    expect(await link.getAttribute('href')).toBe(`#/gruppi/${SLUG}`);
    await link.scrollIntoViewIfNeeded();
    await screenshot(page, 'groups-home-link-390x844');
    await page.context().close();
  });

  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    it(`screenshots at ${width}×${height}, light and dark`, async () => {
      for (const theme of ['light', 'dark'] as const) {
        const page = await newPage(browser, width, height, theme);
        await openGroups(page, theme);
        await screenshot(page, `groups-${width}x${height}${theme === 'dark' ? '-dark' : ''}`);
        // The page itself never scrolls sideways: only the table's frame does.
        const wide = await page.evaluate(() =>
          Array.from(document.querySelectorAll('body *'))
            .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.parentElement?.closest('.groups-scroll'))
            .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
        );
        expect(wide).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        // The whole page, down to the sections, the prompts and the footer.
        await page.screenshot({ path: path.join(SCREENSHOTS, `groups-${width}x${height}${theme === 'dark' ? '-dark' : ''}-full.png`), fullPage: true });
        await page.context().close();
      }
    });
  }
});
