// A runtime error is part of the saved run: on a site built with a story that breaks.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/bench/serve';
import { buildSiteWithStories, type BuiltSite } from '../../scripts/site-with-stories';
import { launch, newPage } from './helpers';

const root = path.resolve(__dirname, '../..');
const fixture = (name: string) => fs.readFileSync(path.join(root, 'tests/fixtures', `${name}.ink`), 'utf8');

let browser: Browser;
let site: BuiltSite;
let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  site = await buildSiteWithStories(root, {
    'zz-errore.ink': `# title: Errore\n# episode: 98\n${fixture('runtime-error')}`,
    'zz-esterna.ink': `# title: Esterna\n# episode: 99\n${fixture('external')}`,
  });
  server = await serve({ '/': site.dist });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.cleanup();
});

describe('a runtime error stays an error', () => {
  it('after a reload the error panel shows again, the failing line is kept, and home says interrupted', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/#/episodio/zz-errore`);
    await page.waitForSelector('.scene[data-phase="reading"]');
    await page.keyboard.press('ArrowRight'); // the next step runs out of content
    await page.waitForSelector('.scene[data-phase="failed"]');
    expect(await page.locator('.error-panel__last').textContent()).toContain('Qui il flusso finisce senza una fine.');
    await page.waitForFunction(() => {
      const head = localStorage.getItem('sihv.v1.save.zz-errore');
      return head !== null && JSON.parse(head).error;
    });
    await page.reload();
    await page.waitForSelector('.scene[data-phase="failed"]');
    expect(await page.getByRole('alert').textContent()).toMatch(/ran out of content|content/i);
    await page.goto(`${server.url}/`);
    const card = page.locator('#ep-zz-errore').locator('xpath=ancestor::article');
    await expect.poll(() => card.textContent()).toContain('Interrotto');
    expect(await card.textContent()).not.toContain('Concluso');
    expect(await card.textContent()).toContain('Qui il flusso finisce senza una fine.');
    await page.context().close();
  });

  it('an EXTERNAL function with an ink fallback plays', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/#/episodio/zz-esterna`);
    await page.waitForSelector('.scene[data-phase="ended"], .scene[data-phase="reading"]');
    await expect.poll(() => page.locator('.line__text').first().textContent()).toBe('Ciao, Mario.');
    await page.context().close();
  });
});
