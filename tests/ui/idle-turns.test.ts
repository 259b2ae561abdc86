// inIdleTurn (src/adapters/idle.ts) and the faces (src/app/type-ready.ts): the start-up work a reader
// does not wait for runs one part per idle period, in the order asked, never piled into one task.
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { inIdleTurn } from '../../src/adapters/idle';
import { applyTypeWhenIdle } from '../../src/app/type-ready';

/** The idle callbacks the browser has been asked for, run one at a time by `idle()`. */
let pending: Array<() => void> = [];
const idle = () => pending.shift()?.();

beforeEach(() => {
  pending = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => pending.push(callback));
});
afterEach(() => {
  while (pending.length) idle();
  vi.unstubAllGlobals();
});

describe('inIdleTurn', () => {
  it('runs each task in an idle period of its own, in the order asked, however many ask at once', () => {
    const ran: string[] = [];
    inIdleTurn(() => ran.push('engine'));
    inIdleTurn(() => ran.push('settings'));
    inIdleTurn(() => ran.push('shortcuts'));
    expect(ran).toEqual([]);
    // One idle callback at a time: the next is asked for only once the one before has run.
    expect(pending).toHaveLength(1);
    idle();
    expect(ran).toEqual(['engine']);
    expect(pending).toHaveLength(1);
    idle();
    idle();
    expect(ran).toEqual(['engine', 'settings', 'shortcuts']);
    expect(pending).toHaveLength(0);
  });

  it('a task that throws does not stop the ones after it; a task asked for later starts the turns again', () => {
    const ran: string[] = [];
    inIdleTurn(() => {
      throw new Error('offline');
    });
    inIdleTurn(() => ran.push('after'));
    expect(idle).toThrow('offline');
    idle();
    expect(ran).toEqual(['after']);
    inIdleTurn(() => ran.push('later'));
    idle();
    expect(ran).toEqual(['after', 'later']);
  });
});

describe('the self-hosted faces', () => {
  it('are each loaded in a turn and applied in a later one: two reflows, then type-ready', async () => {
    const asked: string[] = [];
    const loaded: Record<string, () => void> = {};
    const fonts = { load: (face: string) => (asked.push(face), new Promise<void>((done) => (loaded[face] = done))) };
    Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
    onTestFinished(() => void delete (document as { fonts?: unknown }).fonts);
    const root = document.createElement('html');
    applyTypeWhenIdle(root);
    idle();
    expect(asked).toEqual(['400 1em Literata']);
    idle();
    expect(asked).toEqual(['400 1em Literata', '400 1em Figtree']);
    loaded['400 1em Literata']();
    await Promise.resolve();
    expect(root.className).toBe(''); // loaded, not yet applied: that waits for an idle turn of its own
    idle();
    expect(root.className).toBe('type-serif');
    loaded['400 1em Figtree']();
    await Promise.resolve();
    idle();
    expect(root.className).toBe('type-serif type-sans type-ready');
  });
});
