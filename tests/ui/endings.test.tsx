// Endings and navigation: the end panel names the ending and offers the next episode, the home card
// names the endings seen, home starts at the top, and an unknown episode link gets a "not found" page.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { episodeHref } from '../../src/app/route';
import { EndPanel } from '../../src/components/EndPanel';
import { storageKeys } from '../../src/store/deps';
import { compileFixture } from '../helpers/stories';
import { renderApp } from '../helpers/render-app';

const json: Record<string, string> = {};
beforeAll(() => {
  json.basic = compileFixture('basic');
  json.long = compileFixture('long');
});

function setup(initial: Record<string, string> = {}) {
  return renderApp(
    [
      { slug: 'seconda', tags: ['title: Seconda parte', 'episode: 2'], load: async () => ({ default: json.long }) },
      { slug: 'prova', tags: ['title: Prova', 'episode: 1'], load: async () => ({ default: json.basic }) },
    ],
    initial,
  );
}

const go = (hash: string) =>
  act(() => {
    window.location.hash = hash;
  });

const noop = () => {};

describe('EndPanel', () => {
  it('names the ending reached and offers the next episode, back, restart, history and home', () => {
    const onBack = vi.fn();
    const onRestart = vi.fn();
    const onHistory = vi.fn();
    render(
      <EndPanel
        ending={{ id: 'pausa', name: 'Una pausa fino alle quattro' }}
        next={{ slug: 'episodio-5', meta: { title: 'Centro', episode: '5' } }}
        canGoBack
        homeHref="#/"
        episodeHref={episodeHref}
        onBack={onBack}
        onRestart={onRestart}
        onHistory={onHistory}
      />,
    );
    const panel = screen.getByRole('region', { name: "Fine dell'episodio" });
    expect(within(panel).getByText(/^Finale:/).textContent).toBe('Finale: Una pausa fino alle quattro');
    const next = within(panel).getByRole('link', { name: /Prossimo episodio/ });
    expect(next.textContent).toBe('Prossimo episodio (5): Centro →');
    expect(next.getAttribute('href')).toBe('#/episodio/episodio-5');
    expect(within(panel).getByRole('link', { name: 'Tutti gli episodi' }).getAttribute('href')).toBe('#/');
    fireEvent.click(within(panel).getByRole('button', { name: "Torna all'ultima scelta" }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Ricomincia' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Rileggi la cronologia' }));
    expect([onBack, onRestart, onHistory].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('after the last episode offers no next one; an ending without a tag is not named', () => {
    render(
      <EndPanel ending={null} next={null} canGoBack={false} homeHref="#/" episodeHref={episodeHref} onBack={noop} onRestart={noop} onHistory={noop} />,
    );
    expect(screen.queryByText(/Finale:/)).toBeNull();
    expect(screen.queryByRole('link', { name: /Prossimo episodio/ })).toBeNull();
    expect(screen.queryByRole('button', { name: "Torna all'ultima scelta" })).toBeNull();
    expect(screen.getByRole('button', { name: 'Ricomincia' })).toBeTruthy();
  });
});

describe('endings and navigation in the app', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    Reflect.deleteProperty(window, 'scrollY');
  });

  it('reads to an ending: the end panel names it and offers the next episode; the home card lists it', async () => {
    const { store } = setup({
      // Progress stored before endings had names: the id stands for the name.
      [storageKeys.progress('prova')]: JSON.stringify({ state: 'finished', where: '', endings: ['fine'], updatedAt: 1 }),
    });
    go('#/episodio/prova');
    await screen.findByRole('heading', { level: 1, name: 'Prova' });
    await vi.waitFor(() => expect(store.getState().scene?.phase).toBe('reading'));
    act(() => {
      store.getState().advance();
      store.getState().advance();
    });
    expect(store.getState().scene?.phase).toBe('choosing');
    act(() => store.getState().choose(1)); // Andarsene → `# ending: via: Andarsene senza ascoltare`

    const panel = await screen.findByRole('region', { name: "Fine dell'episodio" });
    expect(within(panel).getByText(/^Finale:/).textContent).toBe('Finale: Andarsene senza ascoltare');
    const next = within(panel).getByRole('link', { name: /Prossimo episodio/ });
    expect(next.textContent).toContain('Seconda parte');
    expect(next.getAttribute('href')).toBe('#/episodio/seconda');

    go('#/');
    const card = (await screen.findByRole('heading', { level: 2, name: 'Prova' })).closest('article')!;
    expect(card.querySelector('.episode-card__endings')!.textContent).toBe('2 finali visti: «fine», «Andarsene senza ascoltare»');
  });

  it('returning home starts at the top of the page', async () => {
    setup();
    go('#/episodio/prova');
    await screen.findByRole('heading', { level: 1, name: 'Prova' });
    // The reader has scrolled far down the episode (jsdom does not scroll: pretend, and watch).
    Object.defineProperty(window, 'scrollY', { value: 2400, configurable: true });
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    go('#/');
    await screen.findByRole('heading', { level: 2, name: 'Prova' });
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
  });

  it('the first screen stays where the page is scrolled: a reader who scrolled the painted page is not sent back up', async () => {
    window.location.hash = '#/episodio/prova';
    // The painted page was scrolled before the app took over (jsdom does not scroll: pretend, and watch).
    Object.defineProperty(window, 'scrollY', { value: 600, configurable: true });
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    setup();
    await screen.findByRole('heading', { level: 1, name: 'Prova' });
    expect(scrollTo).not.toHaveBeenCalledWith(0, 0);
    go('#/');
    await screen.findByRole('heading', { level: 2, name: 'Prova' });
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
  });

  it('an unknown episode link shows «Episodio non trovato» with links to the episodes, not an error', async () => {
    const { store } = setup();
    go('#/episodio/nope');
    expect(await screen.findByRole('heading', { level: 1, name: 'Episodio non trovato' })).toBeTruthy();
    expect(screen.getByText(/nope/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.getState().scene).toBeNull(); // no episode was opened
    const links = screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('#/episodio/'));
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Episodio 1: Prova', '#/episodio/prova'],
      ['Episodio 2: Seconda parte', '#/episodio/seconda'],
    ]);
    go(links[1].getAttribute('href')!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Seconda parte' })).toBeTruthy();
  });

  it('an episode number still opens its episode', async () => {
    setup();
    go('#/episodio/2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Seconda parte' })).toBeTruthy();
    expect(screen.queryByText('Episodio non trovato')).toBeNull();
  });
});
