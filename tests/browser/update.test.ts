// Updates wait for the reader (issue 10): a new build while a reader is mid-episode and a workshop is
// running shows «Nuova versione: aggiorna» and reloads nothing by itself; clicking it updates that
// window only, which comes back at the same line.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { serve } from '../../scripts/bench/serve';
import { buildInto, controlled, pageIn, tempDir } from './built-site';
import { launch, readUntil, SCENE_READY, SLUG, snapshot, step } from './helpers';

/** Marks a build, so the second one differs (index.html changes, so the worker's precache does). */
const marker = (version: string): Plugin => ({
  name: 'test-build-marker',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { name: 'x-test-build', content: version }, injectTo: 'head' }],
});
const version = (page: Page) => page.evaluate(() => document.querySelector('meta[name="x-test-build"]')?.getAttribute('content'));
/** A flag in the page's memory: gone after any reload. */
const mark = (page: Page) => page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
const stayed = (page: Page) => page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);

let browser: Browser;
let dist: string;
let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  dist = tempDir('update');
  await buildInto(dist, { plugins: [marker('1')] });
  server = await serve({ '/': dist });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

describe('a new version', () => {
  it('is offered quietly, never reloads a reader or a workshop by itself, and applies on click', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    onTestFinished(() => context.close());
    const reader = await pageIn(context);
    await reader.goto(`${server.url}/#/episodio/${SLUG}`);
    await reader.waitForSelector(SCENE_READY);
    await controlled(reader);
    await readUntil(reader, (s) => s.beats >= 4);
    // A workshop running in the same browser: the room's screen.
    const projector = await pageIn(context);
    await projector.goto(`${server.url}/#/proietta/${SLUG}`);
    await projector.waitForSelector('.projector[data-phase="reading"], .projector[data-phase="choosing"]');
    await mark(reader);
    await mark(projector);
    expect(await version(reader)).toBe('1');

    await buildInto(dist, { plugins: [marker('2')] });
    // The browser looks for a new worker on navigations and on the app's hourly check; ask it now.
    await reader.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = reader.getByRole('button', { name: 'Nuova versione: aggiorna' });
    await notice.waitFor();
    expect(await reader.locator('.update-notice').getAttribute('role')).toBe('status');
    // Nothing reloads by itself; the reader reads on; the room's screen shows no notice.
    await reader.waitForTimeout(2500);
    expect(await stayed(reader)).toBe(true);
    expect(await stayed(projector)).toBe(true);
    expect(await projector.locator('.update-notice').count()).toBe(0);
    const at = await step(reader);
    expect(await notice.isVisible()).toBe(true);

    // The click: this window reloads on the new version, at the same line.
    await Promise.all([reader.waitForEvent('load'), notice.click()]);
    await reader.waitForSelector(SCENE_READY);
    expect(await stayed(reader)).toBe(false);
    expect(await version(reader)).toBe('2');
    expect((await snapshot(reader)).beats).toBe(at.beats);
    expect(await reader.locator('.update-notice').count()).toBe(0);
    // The projector keeps its page (and the workshop) until someone reloads it.
    await projector.waitForTimeout(1000);
    expect(await stayed(projector)).toBe(true);
  });
});
