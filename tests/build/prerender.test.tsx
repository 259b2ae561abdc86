// The build-time renderer (src/prerender/render.tsx) and the inline script that paints its output
// (scripts/prerender.ts): the opening it renders is what the store shows on a fresh open, and what
// comes out of storage is only ever text.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paintScript, SETTINGS_SCRIPT, sharedShell } from '../../scripts/prerender';
import { readGlobalTags } from '../../scripts/ink/episodes';
import { freshStore, HOME_TITLE, renderRoute } from '../../src/prerender/render';
import { plainText } from '../../src/engine/markup';
import { toLines } from '../../src/screens/lines';
import type { EpisodeSource } from '../../src/store';
import { compileEpisode, episodeSlugs, loadCast, STORIES_DIR } from '../helpers/stories';

const cast = loadCast();
const compiled = new Map<string, string>();
const sources: EpisodeSource[] = episodeSlugs().map((slug) => ({
  slug,
  tags: readGlobalTags(fs.readFileSync(path.join(STORIES_DIR, `${slug}.ink`), 'utf8')),
  load: async () => {
    if (!compiled.has(slug)) compiled.set(slug, compileEpisode(slug));
    return { default: compiled.get(slug)! };
  },
}));

const parse = (html: string) => new DOMParser().parseFromString(`<div id="root">${html}</div>`, 'text/html');

describe('the build-time renderer', () => {
  it.each(sources.map((s) => s.slug))("renders %s's opening as the store shows it on a fresh open", async (slug) => {
    const { html, title } = await renderRoute(`#/episodio/${slug}`, sources, cast);
    const store = freshStore(sources, cast);
    await store.getState().openEpisode(slug);
    const scene = store.getState().scene!;
    expect(scene.phase).toBe('reading');
    const doc = parse(html);
    const expected = toLines(scene.page, cast);
    expect(expected.length).toBeGreaterThan(0);
    expect([...doc.querySelectorAll('.page__lines .line')].map((l) => l.getAttribute('data-line'))).toEqual(expected.map((l) => String(l.id)));
    expect([...doc.querySelectorAll('.page__lines .line__text')].map((p) => p.textContent)).toEqual(
      expected.map((l) => plainText(l.text)),
    );
    const sceneEl = doc.querySelector<HTMLElement>('.scene')!;
    expect(sceneEl.dataset.phase).toBe(scene.phase);
    expect(Number(sceneEl.dataset.beats)).toBe(scene.beats);
    expect(doc.querySelector('h1.scene__title')?.textContent).toBe(scene.meta.title);
    expect(title).toBe(`${scene.meta.title} — Se Internet ha vinto`);
    expect(doc.querySelector('.continue')?.textContent).toContain('Continua');
    expect(doc.querySelector('.page__loading')).toBeNull();
  });

  it('renders the home page with every episode', async () => {
    const { html, title } = await renderRoute('#/', sources, cast);
    expect(title).toBe(HOME_TITLE);
    expect(parse(html).querySelectorAll('.episode-list > li')).toHaveLength(sources.length);
  });

  it('fails the build on an episode that does not open', async () => {
    await expect(renderRoute('#/episodio/non-esiste', sources, cast)).rejects.toThrow(/did not open/);
  });
});

describe('the inline script', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
    document.body.innerHTML = '';
    history.replaceState(null, '', '#/');
    delete (window as { __sihvPre?: unknown }).__sihvPre;
  });

  // As the build writes it: the header every page starts with in #root, the rest in the template; then
  // the paint script runs, as at the end of the HTML (it adds the page in the task after a frame).
  async function load(hash: string) {
    const { html, title } = await renderRoute('#/episodio/episodio-4', sources, cast);
    const shell = sharedShell([{ id: 'pre-home', ...(await renderRoute('#/', sources, cast)) }, { id: 'pre-e:episodio-4', html, title }]);
    document.body.innerHTML = `<div id="root">${shell}</div><template id="pre-e:episodio-4" data-title="${title}">${html.slice(shell.length)}</template>`;
    history.replaceState(null, '', hash);
    new Function(paintScript({ '4': 'episodio-4' }))();
    return document.getElementById('root')!;
  }
  async function page(hash: string) {
    const root = await load(hash);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return root;
  }

  it('paints the header in a frame of its own and the opening in the task after it; at once on a hidden page', async () => {
    let root = await load('#/episodio/episodio-4');
    expect(root.querySelector('main')).toBeNull(); // the header alone for the first frame
    expect(root.hasAttribute('data-pre-pending')).toBe(true);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(root.querySelector('main')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(root.querySelectorAll('.page__lines .line')).toHaveLength(1);
    expect(root.getAttribute('data-pre')).toBe('pre-e:episodio-4');
    expect(root.hasAttribute('data-pre-pending')).toBe(false);

    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    root = await load('#/episodio/episodio-4');
    expect(root.querySelectorAll('.page__lines .line')).toHaveLength(1); // no frames on a hidden page
    expect(root.hasAttribute('data-pre-pending')).toBe(false);
  });

  it('the header every page starts with is shared; pages that differ there share nothing', async () => {
    const home = { id: 'pre-home', ...(await renderRoute('#/', sources, cast)) };
    const episode = { id: 'pre-e:episodio-4', ...(await renderRoute('#/episodio/episodio-4', sources, cast)) };
    const shell = parse(sharedShell([home, episode])).getElementById('root')!;
    expect([...shell.children].map((el) => el.className)).toEqual(['skip-link', 'app-header']);
    expect(sharedShell([home, { ...episode, html: `<p>altro</p>${episode.html}` }])).toBe('');
  });

  it('paints the opening after the header for the slug and for the number; nothing more for an unknown episode', async () => {
    const root = await page('#/episodio/4');
    expect([...root.children].map((el) => el.tagName.toLowerCase())).toEqual(['a', 'header', 'main']);
    expect(root.querySelectorAll('.page__lines .line')).toHaveLength(1);
    expect((window as { __sihvPre?: { slug: string } }).__sihvPre?.slug).toBe('episodio-4');
    expect([...(await page('#/episodio/altro')).children].map((el) => el.className)).toEqual(['skip-link', 'app-header']);
  });

  it("paints a snapshot's lines as text only, and ignores one it cannot read", async () => {
    const evil = '<img src=x onerror="window.__owned=1">';
    localStorage.setItem('sihv.v1.snap.episodio-4', JSON.stringify({ v: 1, phase: 'choosing', beats: 7, hidden: 2, lines: [
      { kind: 'speech', id: 5, text: evil, speaker: '<b>Uomo</b>', color: 'red' },
      { kind: 'narration', id: 6, text: 'Poi.' },
    ] }));
    const root = await page('#/episodio/episodio-4');
    expect([...root.querySelectorAll('.line__text')].map((p) => p.textContent)).toEqual([evil, 'Poi.']);
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.querySelector('.page__continue')).toBeNull(); // choices come with the app
    expect(root.querySelector('.page__earlier')?.textContent).toMatch(/^2 righe/);
    expect(root.querySelector<HTMLElement>('.scene')!.dataset.beats).toBe('7');

    for (const unreadable of [[{ kind: 'script', id: 1, text: 'x' }], [null]]) {
      localStorage.setItem('sihv.v1.snap.episodio-4', JSON.stringify({ v: 1, lines: unreadable }));
      const opening = await page('#/episodio/episodio-4');
      expect([...opening.querySelectorAll('.line__text')].map((p) => p.textContent)).toHaveLength(1);
      expect(opening.querySelector('.line')?.getAttribute('data-line')).toBe('0');
      expect(opening.querySelectorAll('.app-header')).toHaveLength(1);
    }
  });
});

describe('the settings script at the top of <head>', () => {
  afterEach(() => {
    localStorage.clear();
    const de = document.documentElement;
    delete de.dataset.theme;
    delete de.dataset.motion;
    de.style.removeProperty('--text-scale');
  });

  const applied = (stored: string | null) => {
    if (stored !== null) localStorage.setItem('sihv.v1.settings', stored);
    new Function(SETTINGS_SCRIPT)();
    const de = document.documentElement;
    return [de.dataset.theme, de.dataset.motion, de.style.getPropertyValue('--text-scale')];
  };

  it('puts a reader’s saved theme, motion and text size on <html>', () => {
    expect(applied(JSON.stringify({ theme: 'dark', motion: 'reduced', textScale: 1.25 }))).toEqual(['dark', 'reduced', '1.25']);
  });

  it('leaves the defaults for what the store would not accept, a corrupt entry or none', () => {
    expect(applied(JSON.stringify({ theme: 'neon', motion: 'wild', textScale: 1.3 }))).toEqual([undefined, undefined, '']);
    expect(applied('{not json')).toEqual([undefined, undefined, '']);
    expect(applied(null)).toEqual([undefined, undefined, '']);
  });
});
