// The start script (scripts/route-preload.ts): which modules each route starts, and when. Run here in
// jsdom on a hand-made list; tests/browser/load-order.test.ts checks the built site's network.
import { afterEach, describe, expect, it } from 'vitest';
import { BARE_SCRIPT } from '../../scripts/prerender';
import { modulesFor, startScript, type ModuleStart } from '../../scripts/route-preload';

const START: ModuleStart = {
  entry: './assets/index.js',
  app: ['./assets/index.js', './assets/react.js'],
  routes: [
    { hash: '^#\\/episodio\\/([^/?]+)', story: true, modules: ['./assets/run.js'] },
    { hash: '^#\\/(?:proietta|presenta)\\/([^/?]+)$', story: true, modules: ['./assets/WorkshopScreen.js', './assets/run.js'] },
    { hash: '^#\\/apri\\/?$', story: false, modules: ['./assets/OpenScreen.js'] },
  ],
  stories: { 'episodio-4': './assets/episodio-4.js', '4': './assets/episodio-4.js' },
};

type Started = { preloads: string[]; entry: string | null };
const started = (): Started => ({
  preloads: [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href')!),
  entry: document.head.querySelector('script[type="module"]')?.getAttribute('src') ?? null,
});

/** Runs <head>'s bare script, then the start script, at `hash`, with the body as the HTML's (an empty #root). */
function open(hash: string) {
  history.replaceState(null, '', hash);
  document.documentElement.removeAttribute('data-bare');
  document.body.innerHTML = '<div id="root"></div>';
  new Function(BARE_SCRIPT)();
  new Function(startScript(START))();
  return (window as { __sihvStart?: () => void }).__sihvStart!;
}

afterEach(() => {
  document.documentElement.removeAttribute('data-bare');
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  history.replaceState(null, '', '#/');
  delete (window as { __sihvStart?: unknown }).__sihvStart;
});

describe('the start script', () => {
  it('waits on a route the HTML paints; one call then starts every module it needs, once', () => {
    const start = open('#/episodio/4');
    expect(started()).toEqual({ preloads: [], entry: null });
    start();
    start();
    expect(started()).toEqual({ preloads: ['./assets/index.js', './assets/react.js', './assets/run.js', './assets/episodio-4.js'], entry: './assets/index.js' });
    expect(started().preloads).toEqual(modulesFor(START, '#/episodio/4'));
  });

  it('marks the routes the HTML does not paint as bare, from <head>, and only those', () => {
    const bare = (hash: string) => {
      open(hash);
      return document.documentElement.hasAttribute('data-bare');
    };
    expect(['#/apri', '#/proietta/episodio-4', '#/presenta/4', '#/gruppi/x', '#/mappa/episodio-4'].filter(bare)).toHaveLength(5);
    expect(['#/', '#/episodio/4', '#/episodio/non-esiste', ''].filter(bare)).toEqual([]);
  });

  it('starts at once where nothing is painted: the open page, the workshop, an unknown episode', () => {
    open('#/apri');
    expect(started()).toEqual({ preloads: [...START.app, './assets/OpenScreen.js'], entry: './assets/index.js' });
    document.head.innerHTML = '';
    open('#/proietta/episodio-4');
    expect(started().preloads).toEqual([...START.app, './assets/WorkshopScreen.js', './assets/run.js', './assets/episodio-4.js']);
    document.head.innerHTML = '';
    open('#/episodio/non-esiste');
    expect(started()).toEqual({ preloads: START.app, entry: './assets/index.js' });
  });

  it('starts at DOMContentLoaded if the page was not painted after all, not if it was', () => {
    open('#/');
    document.getElementById('root')!.setAttribute('data-pre', 'pre-home');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(started().entry).toBeNull();
    // Nor while the paint script waits for the header's frame before it paints the page.
    document.head.innerHTML = '';
    open('#/');
    document.getElementById('root')!.setAttribute('data-pre-pending', '');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(started().entry).toBeNull();
    document.getElementById('root')!.removeAttribute('data-pre-pending');
    document.head.innerHTML = '';
    open('#/');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(started()).toEqual({ preloads: START.app, entry: './assets/index.js' });
  });
});
