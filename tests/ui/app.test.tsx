import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { storageKeys } from '../../src/store/deps';
import { compileFixture } from '../helpers/stories';
import { renderApp } from '../helpers/render-app';

let json = '';
beforeAll(() => {
  json = compileFixture('basic');
});

const TAGS = ['title: Prova', 'episode: 1', 'time: @01:00 p.m.', 'summary: Una scena di prova.'];

function setup(initial: Record<string, string> = {}, load = async () => ({ default: json })) {
  return renderApp([{ slug: 'prova', tags: TAGS, load }], initial);
}

const key = (k: string) => act(() => void fireEvent.keyDown(window, { key: k }));
const live = () => document.querySelector('[aria-live="polite"]')!.textContent;

async function openScene() {
  act(() => {
    window.location.hash = '#/episodio/prova';
  });
  await screen.findByRole('heading', { level: 1, name: 'Prova' });
  await waitFor(() => expect(live()).not.toBe(''));
}

// A panel loaded on first use (components/on-demand.tsx) is, here, vitest transforming its module on
// first import: on a loaded CI machine that once took over findBy's default second (the settings panel).
const firstUse = { timeout: 5000 };

/**
 * The dialog named `name`, once focus has moved into it, as a reader sees it before pressing a key. A
 * panel that arrives after the key that asked for it (its chunk still loading) is committed outside
 * that key's event, and its focus moves in from an effect a moment later.
 */
async function focusedDialog(name: string) {
  const dialog = await screen.findByRole('dialog', { name }, firstUse);
  await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true), firstUse);
  return dialog;
}

describe('the reader’s app', () => {
  it('lists the episodes on the home page with the series title', () => {
    setup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Se Internet ha vinto');
    expect(screen.getByRole('heading', { level: 2, name: 'Prova' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Inizia' })).toBeTruthy();
  });

  it('reads with the keyboard: next line, choose by number, back a line, back a choice', async () => {
    const { store } = setup();
    await openScene();
    expect(live()).toBe("L'uomo con il cappotto: Lo sapevo è finita la festa");
    key(' ');
    expect(live()).toContain("L'autore: Una riflessione dell'autore");
    key('ArrowRight');
    key('Enter');
    expect(store.getState().scene?.phase).toBe('choosing');
    const group = await screen.findByRole('group', { name: 'Tocca a te' });
    // Focus waits on the group, not on a choice: Enter held to read on never picks one.
    await waitFor(() => expect(document.activeElement).toBe(group));
    fireEvent.keyDown(group, { key: 'Enter' });
    expect(store.getState().scene?.phase).toBe('choosing');
    key('1');
    expect(live()).toBe("L'uomo con il cappotto: Va bene, ascolto.");
    expect(document.querySelector('.page .line--choice')!.textContent).toBe('Hai scelto: Ascoltare');
    key('ArrowRight');
    const after = live();
    key('ArrowLeft'); // back one line
    expect(live()).toBe("L'uomo con il cappotto: Va bene, ascolto.");
    key('ArrowRight');
    expect(live()).toBe(after);
    key('Backspace'); // back to the choice
    expect(store.getState().scene?.phase).toBe('choosing');
    expect(store.getState().scene?.depth).toBe(0);
  });

  it('opens history, shortcuts and settings from the keyboard; Escape closes them', async () => {
    setup();
    await openScene();
    // The panels are chunks of their own (components/on-demand.tsx): each arrives on first use.
    key('c');
    await focusedDialog('Cronologia');
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    key('?');
    await focusedDialog('Scorciatoie da tastiera');
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    key('i');
    fireEvent.click(await screen.findByLabelText('Scuro', {}, firstUse));
    expect(document.documentElement.dataset.theme).toBe('dark');
  }, 20_000);

  it('the history returns to any earlier line or choice in one click', async () => {
    const { store } = setup();
    await openScene();
    key(' ');
    key(' ');
    await screen.findByRole('group', { name: 'Tocca a te' });
    key('1');
    key(' ');
    key('c');
    const history = await screen.findByRole('dialog', { name: 'Cronologia' }, firstUse);
    // Back to the choice: its options are offered again.
    fireEvent.click(within(history).getByRole('button', { name: 'Torna a questa scelta' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().scene).toMatchObject({ phase: 'choosing', depth: 0 });
    // Back to the very first line.
    key('c');
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Cronologia' })).getAllByRole('button', { name: 'Torna qui' })[0]);
    expect(live()).toBe("L'uomo con il cappotto: Lo sapevo è finita la festa");
    expect(store.getState().scene!.beats).toBe(1);
  }, 20_000);

  it('asks before restarting', async () => {
    const { store } = setup();
    await openScene();
    key(' ');
    key('r');
    const dialog = await screen.findByRole('alertdialog', { name: "Ricominciare l'episodio?" });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Annulla'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ricomincia' }));
    expect(dialog.isConnected).toBe(false);
    expect(store.getState().transcript().filter((b) => b.kind !== 'direction')).toHaveLength(1);
  });

  it("restarts from the home page's card: first line, and a reload would resume, not restart again", async () => {
    const { store } = setup();
    await openScene();
    key(' ');
    act(() => {
      window.location.hash = '#/';
    });
    const card = (await screen.findByRole('heading', { level: 2, name: 'Prova' })).closest('article')!;
    fireEvent.click(within(card).getByRole('button', { name: 'Ricomincia' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ricomincia' }));
    await waitFor(() => expect(window.location.hash).toBe('#/episodio/prova'));
    expect(live()).toBe("L'uomo con il cappotto: Lo sapevo è finita la festa");
    expect(store.getState().transcript()).toHaveLength(1);
  });

  it('shows a damaged save as a message and keeps reading possible', async () => {
    setup({ [storageKeys.save('prova')]: '{not json' });
    await openScene();
    // The notice is a panel loaded on first use (see firstUse).
    const status = await screen.findByRole('status', {}, firstUse);
    expect(status.textContent).toContain('danneggiati');
    fireEvent.click(screen.getByRole('button', { name: 'Chiudi' }));
    expect(screen.queryByRole('status')).toBeNull();
    key(' ');
    expect(live()).toContain("L'autore");
  });

  it('completes a typed line on the first key, moves on with the second', async () => {
    const { store } = setup({ [storageKeys.settings]: JSON.stringify({ reveal: 'typewriter', revealSpeed: 30 }) });
    await openScene();
    const beats = () => store.getState().transcript().length;
    const before = beats();
    key(' ');
    expect(beats()).toBe(before + 1);
    expect(document.querySelector('.page__lines > .line:last-child .line__unrevealed')).not.toBeNull();
    key(' ');
    expect(beats()).toBe(before + 1);
    expect(document.querySelector('.page__lines > .line:last-child .line__unrevealed')).toBeNull();
    key(' ');
    expect(beats()).toBe(before + 2);
  });

  it('shows an error panel, not a blank page, when an episode cannot load', async () => {
    setup({}, async () => {
      throw new Error('rete assente');
    });
    act(() => {
      window.location.hash = '#/episodio/prova';
    });
    expect((await screen.findByRole('alert')).textContent).toContain('rete assente');
    expect(screen.getByRole('button', { name: 'Tutti gli episodi' })).toBeTruthy();
  });
});
