// The click path (issue 13): a step renders the new line's component and no other, and focus and
// scrolling wait until the frame with the new line has been painted (never forced inside the commit or
// in a frame callback before the paint).
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileFixture } from '../helpers/stories';
import { renderApp } from '../helpers/render-app';
import { memoryStorage } from '../../src/adapters/storage';
import { App } from '../../src/app/App';
import { StoreProvider } from '../../src/app/store-context';
import { createAppStore } from '../../src/store';
import { loadCast } from '../helpers/stories';

// Every DialogueLine render calls useTypewriter once: counting its calls counts line renders.
const lineRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/components/use-typewriter', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/components/use-typewriter')>();
  return {
    ...real,
    useTypewriter: (...args: Parameters<typeof real.useTypewriter>) => {
      lineRenders.count++;
      return real.useTypewriter(...args);
    },
  };
});

let json = '';
beforeAll(() => {
  json = compileFixture('basic');
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const TAGS = ['title: Prova', 'episode: 1'];
const key = (k: string) => act(() => void fireEvent.keyDown(window, { key: k }));
const lines = () => Array.from(document.querySelectorAll('.page__lines > .line'));

async function openScene() {
  const app = renderApp([{ slug: 'prova', tags: TAGS, load: async () => ({ default: json }) }]);
  act(() => {
    window.location.hash = '#/episodio/prova';
  });
  await screen.findByRole('heading', { level: 1, name: 'Prova' });
  await waitFor(() => expect(document.querySelector('.scene')?.getAttribute('data-phase')).toBe('reading'));
  // The opening's own after-paint work is done: its batch waits for a real frame, which the tests' fake
  // timers must not pick up halfway.
  await act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  return app;
}

describe('a step', () => {
  it('renders only the new line: older lines keep their element and are not rendered again', async () => {
    const { store } = await openScene();
    const before = lines();
    expect(before.length).toBeGreaterThan(0);
    lineRenders.count = 0;
    key(' ');
    expect(store.getState().transcript().length).toBe(before.length + 1);
    const after = lines();
    expect(after).toHaveLength(before.length + 1);
    expect(after.slice(0, -1)).toEqual(before); // the same elements, untouched
    expect(lineRenders.count).toBe(1);
    // The newest line arrives with a CSS entrance, not a script-driven one.
    expect(after.at(-1)!.classList.contains('line--arriving')).toBe(true);
    expect(before[0].classList.contains('line--arriving')).toBe(false); // was on the page when it opened
  });

  it('paints the new line as its entrance\'s first frame and starts the entrance only after that frame', async () => {
    await openScene();
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    key(' ');
    const line = lines().at(-1)!;
    expect(line.classList.contains('line--arriving')).toBe(true);
    expect(line.hasAttribute('data-entered')).toBe(false); // the step's frame: no animation to start
    act(() => void vi.advanceTimersToNextFrame());
    expect(line.hasAttribute('data-entered')).toBe(false);
    act(() => void vi.advanceTimersByTime(1)); // the task after the frame (a zero delay set in a tick is 1 ms)
    expect(line.hasAttribute('data-entered')).toBe(true);
  });

  it('starts the entrance by the timeout on a page that draws no frames (a hidden tab)', async () => {
    await openScene();
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0); // no frame ever comes
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    key(' ');
    const line = lines().at(-1)!;
    act(() => void vi.advanceTimersByTime(99));
    expect(line.hasAttribute('data-entered')).toBe(false);
    act(() => void vi.advanceTimersByTime(1));
    expect(line.hasAttribute('data-entered')).toBe(true);
  });

  it('focuses and scrolls only after the frame has been painted (a frame, then a task)', async () => {
    await openScene();
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    const focused = vi.spyOn(HTMLElement.prototype, 'focus');
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    (document.activeElement as HTMLElement | null)?.blur();
    const count = lines().length;
    key(' ');
    expect(lines()).toHaveLength(count + 1); // the line is in the DOM
    expect(scrolled).not.toHaveBeenCalled();
    expect(focused).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersToNextFrame()); // the frame that paints the line: nothing in it
    expect(scrolled).not.toHaveBeenCalled();
    expect(focused).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(100)); // a task after it: the chrome follows (act commits it)
    act(() => void vi.advanceTimersByTime(100)); // then a frame and a task: focus and scroll
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(focused).toHaveBeenCalledTimes(1);
    expect(document.activeElement?.classList.contains('continue')).toBe(true);
  });
});

describe('the takeover of a pre-painted episode', () => {
  it('has the scene\'s data attributes on the first render when the episode was opened before it', async () => {
    // As src/main.tsx does on a pre-painted episode: the store opens it, then the app renders once. No
    // later commit follows, so attributes written only on an update (an effect that ran before the
    // scene's element was attached) would never appear and tests waiting on data-phase would hang.
    const cast = loadCast();
    const store = createAppStore({
      storage: memoryStorage(),
      episodes: [{ slug: 'prova', tags: TAGS, load: async () => ({ default: json }) }],
      cast,
      now: () => 0,
      loadEngine: () => import('../../src/engine/run'),
      defer: (task) => task(),
    });
    window.location.hash = '#/episodio/prova';
    await store.getState().openEpisode('prova');
    const { beats } = store.getState().scene!;
    render(
      <StoreProvider store={store} cast={cast}>
        <App />
      </StoreProvider>,
    );
    const scene = document.querySelector<HTMLElement>('.scene')!;
    expect(scene.dataset.phase).toBe('reading');
    expect(scene.dataset.beats).toBe(String(beats));
    expect(lines()).toHaveLength(beats);
  });
});

describe('a choice', () => {
  it('keeps the taken choices in the DOM, hidden, until the frame is painted; then removes them and focuses «Continua»', async () => {
    const { store } = await openScene();
    await act(async () => {
      while (store.getState().scene!.phase === 'reading') {
        store.getState().advance();
        await Promise.resolve();
      }
    });
    await waitFor(() => expect(document.querySelector('.choice')).not.toBeNull());
    const group = document.querySelector<HTMLElement>('.choices')!;
    group.focus(); // as after the paint that showed them (or a tap on one of its buttons)
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    const count = lines().length;
    key('1');
    expect(lines().length).toBeGreaterThan(count); // the chosen line (and the next) are in
    // The same element, not removed in the step's commit (that would blur it there and then).
    expect(group.isConnected).toBe(true);
    expect(group.hidden).toBe(true);
    expect(group.querySelectorAll('button')).toHaveLength(2);
    expect(document.querySelectorAll('button.choice')).toHaveLength(0); // no longer choices on offer
    expect(document.querySelectorAll('.choice__text')).toHaveLength(0);
    act(() => void vi.advanceTimersToNextFrame()); // the frame that paints the new line
    expect(group.isConnected).toBe(true);
    act(() => void vi.advanceTimersByTime(100)); // a task after it
    act(() => void vi.advanceTimersByTime(100));
    expect(group.isConnected).toBe(false);
    expect(document.activeElement?.classList.contains('continue')).toBe(true);
  });
});

describe('the step that reaches the choices', () => {
  it('keeps «Continua» in the DOM, hidden, until the frame is painted, then removes it and focuses the choices', async () => {
    const { store } = await openScene();
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    const bar = document.querySelector<HTMLElement>('.page__continue')!;
    const button = bar.querySelector('button')!;
    for (let i = 0; i < 20 && store.getState().scene!.phase === 'reading'; i++) {
      button.focus();
      key(' ');
      if (store.getState().scene!.phase === 'reading') act(() => void vi.advanceTimersByTime(500));
    }
    expect(store.getState().scene!.phase).toBe('choosing');
    expect(bar.isConnected).toBe(true); // not removed in the step's commit, focus and all
    expect(bar.hidden).toBe(true);
    expect(document.querySelector('button.continue')).toBeNull();
    act(() => void vi.advanceTimersToNextFrame());
    expect(bar.isConnected).toBe(true);
    act(() => void vi.advanceTimersByTime(100));
    act(() => void vi.advanceTimersByTime(100));
    expect(bar.isConnected).toBe(false);
    expect(document.activeElement?.classList.contains('choices')).toBe(true);
  });
});
