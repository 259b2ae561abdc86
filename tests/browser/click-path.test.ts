// The click path on the built site (issue 13): after a click on «Continua» or on a choice, the new line
// is in the DOM before the next animation frame, in the click's own task (the rest of the page follows
// after the paint: see tests/ui/click-path.test.tsx).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, openEpisode, snapshot, waitForChange } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Timing {
  clickAt: number;
  /** The first animation frame after the click. */
  frameAt: number;
  /** The MutationObserver callback that saw the new line. */
  lineAt: number;
  /** The task the line was seen in was the click's own (no task ran between the click and it). */
  lineInClickTask: boolean;
  /** Focus left an element before the first frame (the control tapped, removed in the step's commit). */
  blurBeforeFrame: boolean;
}

/** Arms the page: the next click is timed against the first frame after it. */
function arm(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __timing?: Partial<Timing> & { done?: boolean } };
    const timing: Partial<Timing> = { blurBeforeFrame: false };
    w.__timing = timing;
    // Chromium blurs a focused element removed from the DOM there and then, forcing a style update.
    addEventListener('focusout', () => {
      if (timing.clickAt !== undefined && timing.frameAt === undefined) timing.blurBeforeFrame = true;
    }, { capture: true });
    let taskRan = false;
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (timing.lineAt === undefined && node instanceof HTMLElement && node.matches('.page__lines > .line')) {
            timing.lineAt = performance.now();
            timing.lineInClickTask = !taskRan;
          }
        }
      }
      if (timing.lineAt !== undefined) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    addEventListener(
      'click',
      () => {
        timing.clickAt = performance.now();
        requestAnimationFrame(() => (timing.frameAt = performance.now()));
        setTimeout(() => (taskRan = true), 0); // the first task after the click's
      },
      { capture: true, once: true },
    );
  });
}

async function timedClick(page: Page, selector: string): Promise<Timing> {
  await page.waitForSelector('.scene:not([data-held])'); // a `pause` would hold the step
  const before = await snapshot(page);
  await arm(page);
  await page.locator(selector).first().click();
  await waitForChange(page, before);
  await page.waitForFunction(() => {
    const t = (window as unknown as { __timing: Partial<Timing> }).__timing;
    return t.frameAt !== undefined && t.lineAt !== undefined;
  });
  return page.evaluate(() => (window as unknown as { __timing: Timing }).__timing);
}

describe('click → line', () => {
  it('«Continua» and a choice put the new line in the DOM in the click’s task, before the next frame; the control tapped is not removed before it', async () => {
    const page = await newPage(browser);
    await openEpisode(page);
    const seen: Timing[] = [];
    // Every «Continua» up to the first choice point: the last one takes «Continua» away.
    for (let i = 0; i < 60; i++) {
      const s = await snapshot(page);
      if (s.phase !== 'reading') break;
      seen.push(await timedClick(page, 'button.continue'));
    }
    expect((await snapshot(page)).phase).toBe('choosing');
    await page.waitForSelector('.choice');
    await page.waitForTimeout(900); // past the choices' grace for pointer picks
    seen.push(await timedClick(page, '.choice'));
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const t of seen) {
      expect(t.lineAt).toBeGreaterThanOrEqual(t.clickAt);
      expect(t.lineAt).toBeLessThan(t.frameAt);
      expect(t.lineInClickTask).toBe(true);
      expect(t.blurBeforeFrame).toBe(false);
    }
    await page.context().close();
  }, 120_000);

  it('nothing on the page listens for transition, animation or pointer over/out events, so the browser makes none on a step', async () => {
    const page = await newPage(browser);
    await openEpisode(page);
    await page.locator('button.continue').click();
    const cdp = await page.context().newCDPSession(page);
    const listened: string[] = [];
    for (const expression of ['window', 'document', "document.getElementById('root')", "document.querySelector('.page__lines')"]) {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: -1 });
      for (const l of listeners) if (/^(transition|animation)|^(mouse|pointer)(over|out)$/.test(l.type)) listened.push(`${expression}: ${l.type}`);
    }
    expect(listened).toEqual([]);
    // React's root still listens for what the app handles.
    const { result } = await cdp.send('Runtime.evaluate', { expression: "document.getElementById('root')" });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    expect(listeners.some((l) => l.type === 'click')).toBe(true);
    await page.context().close();
  });

  it('«Continua» keeps its hover look while the page moves it from under a still pointer, so a step starts no transition on it; the pointer’s own moves still show and clear it', async () => {
    const page = await newPage(browser, 1280, 800, 'light', 'no-preference');
    await openEpisode(page);
    const look = () =>
      page.evaluate(() => {
        const button = document.querySelector<HTMLElement>('.scene button.continue')!;
        const arrow = button.querySelector('.continue__arrow')!;
        return `${getComputedStyle(button).backgroundColor} ${getComputedStyle(arrow).transform}`;
      });
    const centre = async () => {
      const box = (await page.locator('button.continue').boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    await page.waitForTimeout(400); // the opening's entrances are over
    const rest = await look();
    const at = await centre();
    await page.mouse.move(at.x, at.y);
    await page.waitForTimeout(400); // past the hover's easing
    const hover = await look();
    expect(hover).not.toBe(rest);

    // Clicked where it stands: the new line pushes it down, away from the pointer, which does not move.
    const before = await snapshot(page);
    await page.mouse.down();
    await page.mouse.up();
    await waitForChange(page, before);
    const after = await page.evaluate(({ x, y }) => {
      const button = document.querySelector<HTMLElement>('.scene button.continue')!;
      const easing = document.getAnimations().filter((a) => a.effect instanceof KeyframeEffect && a.effect.target instanceof Node && button.contains(a.effect.target));
      return { underPointer: button.contains(document.elementFromPoint(x, y)), easing: easing.length };
    }, at);
    expect(after.underPointer).toBe(false);
    expect(after.easing).toBe(0);
    expect(await look()).toBe(hover);

    await page.mouse.move(at.x, 5);
    await page.waitForTimeout(400);
    expect(await look()).toBe(rest);
    const moved = await centre();
    await page.mouse.move(moved.x, moved.y);
    await page.waitForTimeout(400);
    expect(await look()).toBe(hover);
    await page.context().close();
  }, 60_000);

  it('the new line is drawn transparent in the click’s frame, then fades fully in; with reduced motion it is there at once', async () => {
    // Opacity of the newest line in the first frame after a «Continua» click, and once the entrance is over.
    const opacities = async (page: Page) => {
      await page.waitForSelector('.scene[data-phase="reading"]:not([data-held]) button.continue');
      await page.waitForTimeout(600); // the previous line's entrance is over
      return page.evaluate(async () => {
        const newest = () => document.querySelector<HTMLElement>('.page__lines > .line:last-child')!;
        const before = newest();
        document.querySelector<HTMLButtonElement>('.scene button.continue')!.click();
        // In the first frame callback after the click: the style that frame draws.
        const [line, inFrame] = await new Promise<[HTMLElement, string]>((r) =>
          requestAnimationFrame(() => r([newest(), getComputedStyle(newest()).opacity])),
        );
        await new Promise((r) => setTimeout(r, 700));
        return { moved: line !== before, inFrame: Number(inFrame), after: Number(getComputedStyle(line).opacity) };
      });
    };
    const moving = await newPage(browser, 1280, 800, 'light', 'no-preference');
    await openEpisode(moving);
    const full = await opacities(moving);
    expect(full.moved).toBe(true);
    expect(full.inFrame).toBe(0); // the entrance's first look, no animation started yet
    expect(full.after).toBe(1); // never left invisible
    await moving.context().close();

    const still = await newPage(browser); // reduced motion
    await openEpisode(still);
    const reduced = await opacities(still);
    expect(reduced.moved).toBe(true);
    expect(reduced.inFrame).toBe(1);
    expect(reduced.after).toBe(1);
    await still.context().close();
  }, 60_000);

  it('the scene’s data attributes never run ahead of the page: a script reading on as fast as it can passes choice after choice', async () => {
    // As the bench reads on: click «Continua», wait for data-beats to move, again; choose when options
    // show. Attributes written ahead of React's commit once let it click a «Continua» already gone.
    const page = await newPage(browser);
    await openEpisode(page);
    const choicePoints = await page.evaluate(async () => {
      const scene = () => document.querySelector<HTMLElement>('.scene')!;
      const tick = () => new Promise((r) => setTimeout(r, 10));
      const until = performance.now() + 30_000;
      let chosen = 0;
      while (chosen < 3 && performance.now() < until) {
        const choice = document.querySelector<HTMLButtonElement>('.scene button.choice');
        if (choice) {
          await new Promise((r) => setTimeout(r, 600)); // past the grace for pointer picks
          const beats = scene().dataset.beats;
          choice.click();
          while (scene().dataset.beats === beats && performance.now() < until) await tick();
          chosen++;
          continue;
        }
        const button = document.querySelector<HTMLButtonElement>('.scene button.continue');
        if (!button || scene().dataset.held) {
          await tick();
          continue;
        }
        const beats = scene().dataset.beats;
        button.click();
        while (scene().dataset.beats === beats && performance.now() < until) await tick();
      }
      return chosen;
    });
    expect(choicePoints).toBe(3);
    await page.context().close();
  }, 120_000);
});
