import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../src/app/keymap';

const key = (k: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) => {
  const e = new KeyboardEvent('keydown', { key: k, ...init });
  Object.defineProperty(e, 'target', { value: target });
  return commandForKey(e);
};

describe('keymap', () => {
  it('moves on with Space, Enter, → and a clicker’s Page Down; back a line with ← and Page Up', () => {
    for (const k of [' ', 'Enter', 'ArrowRight', 'PageDown']) expect(key(k)).toEqual({ type: 'next' });
    for (const k of ['ArrowLeft', 'PageUp']) expect(key(k)).toEqual({ type: 'back-line' });
  });

  it('goes back to the last choice with Backspace or Shift+←', () => {
    expect(key('Backspace')).toEqual({ type: 'back' });
    expect(key('ArrowLeft', { shiftKey: true })).toEqual({ type: 'back' });
  });

  it('picks choices 1–9 and opens panels by letter, either case', () => {
    expect(key('3')).toEqual({ type: 'choose', number: 3 });
    expect(key('0')).toBeNull();
    expect(key('C')).toEqual({ type: 'history' });
    expect(key('?')).toEqual({ type: 'help' });
  });

  it('leaves typing in fields, browser shortcuts and Space on a focused button alone', () => {
    expect(key('c', {}, document.createElement('input'))).toBeNull();
    expect(key('r', { ctrlKey: true })).toBeNull();
    expect(key(' ', {}, document.createElement('button'))).toBeNull();
    expect(key('ArrowRight', {}, document.createElement('button'))).toEqual({ type: 'next' });
  });
});
