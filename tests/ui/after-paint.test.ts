// afterPaint (src/components/after-paint.ts): work after the painted frame, one task for everything a
// step asks for, in the order asked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../src/components/after-paint';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterPaint', () => {
  it('runs nothing before the frame, then everything asked for before it, in order, in one task', () => {
    const ran: string[] = [];
    afterPaint(() => ran.push('chrome'));
    afterPaint(() => ran.push('entrance'), 100);
    afterPaint(() => ran.push('leaving'), 100);
    expect(ran).toEqual([]);
    // The frame: its callbacks run, then tasks.
    vi.advanceTimersToNextFrame();
    expect(ran).toEqual([]);
    // One task queued for all three (the other two timers are the fallbacks, for a page with no frames).
    expect(vi.getTimerCount()).toBe(3);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['chrome', 'entrance', 'leaving']);
    // Their fallbacks are gone with them: nothing runs twice.
    vi.advanceTimersByTime(500);
    expect(ran).toEqual(['chrome', 'entrance', 'leaving']);
  });

  it('a cancelled task never runs; work asked for during the batch waits for the next frame', () => {
    const ran: string[] = [];
    const cancel = afterPaint(() => ran.push('cancelled'), 100);
    afterPaint(() => {
      ran.push('first');
      afterPaint(() => ran.push('next frame'));
    });
    cancel();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['first']);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['first', 'next frame']);
    vi.advanceTimersByTime(500);
    expect(ran).toEqual(['first', 'next frame']);
  });

  it('with no frame (a hidden page), a task with a timeout runs by then, one without waits', () => {
    const ran: string[] = [];
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    afterPaint(() => ran.push('focus'));
    afterPaint(() => ran.push('entrance'), 100);
    vi.advanceTimersByTime(99);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['entrance']);
    vi.advanceTimersByTime(5000);
    expect(ran).toEqual(['entrance']);
    // Shown again: the frame comes, and the rest runs.
    frames.forEach((f) => f(0));
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['entrance', 'focus']);
  });

  it('one task throwing does not stop the others; its error still surfaces', () => {
    const ran: string[] = [];
    afterPaint(() => {
      throw new Error('broken');
    });
    afterPaint(() => ran.push('after'));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['after']);
    expect(() => vi.runOnlyPendingTimers()).toThrow('broken');
  });
});
