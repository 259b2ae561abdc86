// src/app/quiet-events.ts: React's root does not listen for pointer over/out and CSS transition/animation
// events (so the browser need not make them), other events reach it, and no source file relies on a
// handler for them.
import fs from 'node:fs';
import path from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createQuietRoot } from '../../src/app/quiet-events';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A button with a handler for each kind of event, fired once each: what React saw, and what its container listens to. */
function reactSees(create: (container: Element) => Root): { seen: string[]; listens: Set<string> } {
  const seen: string[] = [];
  const container = document.createElement('div');
  document.body.appendChild(container);
  const listens = new Set<string>();
  const original = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
    if (this === container) listens.add(args[0]);
    return original.apply(this, args);
  };
  let root: Root;
  try {
    root = create(container);
  } finally {
    EventTarget.prototype.addEventListener = original;
  }
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
  button.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: document.body }));
  button.dispatchEvent(new Event('pointerout', { bubbles: true }));
  button.dispatchEvent(new Event('transitionend', { bubbles: true }));
  button.click();
  button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  act(() => root.unmount());
  return { seen, listens };
}

const QUIET = ['mouseover', 'mouseout', 'pointerover', 'pointerout', 'transitionrun', 'transitionstart', 'transitionend', 'transitioncancel'];

describe('quiet events', () => {
  it('React’s root does not listen for pointer over/out and transition events, and sees every other event', () => {
    const plain = reactSees((c) => createRoot(c));
    expect(plain.seen).toEqual(['mouseover', 'mouseenter', 'pointerout', 'transitionend', 'click', 'keydown']);
    expect(QUIET.filter((type) => plain.listens.has(type))).toEqual(QUIET);

    const quiet = reactSees((c) => createQuietRoot(c));
    expect(quiet.seen).toEqual(['click', 'keydown']);
    expect(QUIET.filter((type) => quiet.listens.has(type))).toEqual([]);
    expect(quiet.listens.has('click') && quiet.listens.has('keydown') && quiet.listens.has('pointerdown')).toBe(true);
    // The container is left as it was: its own addEventListener again.
    expect(Object.hasOwn(document.body.lastElementChild!, 'addEventListener')).toBe(false);
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
