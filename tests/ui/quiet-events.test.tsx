// src/app/quiet-events.ts: pointer over/out and CSS transition/animation events never reach React, other
// events do, and no source file relies on a handler for them.
import fs from 'node:fs';
import path from 'node:path';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { quietUnhandledEvents } from '../../src/app/quiet-events';

let undo: (() => void) | null = null;
afterEach(() => {
  undo?.();
  undo = null;
  document.body.innerHTML = '';
});

/** A button with a handler for each kind of event, fired once each; what React saw. */
function reactSees(): string[] {
  const seen: string[] = [];
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  act(() =>
    root.render(
      <button
        type="button"
        onMouseOver={() => seen.push('mouseover')}
        onMouseEnter={() => seen.push('mouseenter')}
        onPointerOut={() => seen.push('pointerout')}
        onTransitionEnd={() => seen.push('transitionend')}
        onClick={() => seen.push('click')}
        onKeyDown={() => seen.push('keydown')}
      >
        Continua
      </button>,
    ),
  );
  const button = container.querySelector('button')!;
  // jsdom has no AnimationEvent, so React does not map animation events there: a listener of our own.
  button.addEventListener('animationstart', () => seen.push('animationstart'));
  button.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: document.body }));
  button.dispatchEvent(new Event('pointerout', { bubbles: true }));
  button.dispatchEvent(new Event('transitionend', { bubbles: true }));
  button.dispatchEvent(new Event('animationstart', { bubbles: true }));
  button.click();
  button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  act(() => root.unmount());
  return seen;
}

describe('quiet events', () => {
  it('keeps pointer over/out and transition/animation events from React, and no other event', () => {
    expect(reactSees()).toEqual(['mouseover', 'mouseenter', 'pointerout', 'transitionend', 'animationstart', 'click', 'keydown']);
    undo = quietUnhandledEvents(window);
    expect(reactSees()).toEqual(['click', 'keydown']);
  });

  it('no source file handles those events (they would never arrive)', () => {
    const handler = /\bon(Mouse|Pointer)(Over|Out|Enter|Leave)\s*[=:]|\bon(Transition|Animation)\w*\s*[=:]|addEventListener\(\s*['"](mouse|pointer)(over|out)|addEventListener\(\s*['"](transition|animation)/;
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(entry.name) && handler.test(fs.readFileSync(file, 'utf8'))) offenders.push(file);
      }
    };
    walk(path.resolve(import.meta.dirname, '../../src'));
    expect(offenders).toEqual([]);
  });
});
