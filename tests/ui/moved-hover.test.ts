// src/app/moved-hover.ts: a marked element's hover look follows the pointer's own moves (mouse or pen),
// never touch, and survives its class attribute being rewritten.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followMovedHover, HOVERED_CLASS } from '../../src/app/moved-hover';

let stop: () => void;
let button: HTMLButtonElement;
let arrow: HTMLSpanElement;
let other: HTMLParagraphElement;

beforeEach(() => {
  document.body.innerHTML = '<p>Una riga</p><button data-moved-hover="" class="button continue">Continua<span>→</span></button>';
  button = document.querySelector('button')!;
  arrow = button.querySelector('span')!;
  other = document.querySelector('p')!;
  stop = followMovedHover(document);
});
afterEach(() => {
  stop();
  document.body.innerHTML = '';
});

const move = (target: Element, pointerType = 'mouse') =>
  target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, pointerType }));
const hovered = () => button.classList.contains(HOVERED_CLASS);

describe('moved hover', () => {
  it('a mouse moving onto the element or its contents shows the look; moving off it takes it away', () => {
    move(other);
    expect(hovered()).toBe(false);
    move(arrow);
    expect(hovered()).toBe(true);
    move(button);
    expect(hovered()).toBe(true);
    move(other);
    expect(hovered()).toBe(false);
    expect(other.classList.contains(HOVERED_CLASS)).toBe(false); // unmarked elements are left alone
  });

  it('a pen hovers like a mouse; a finger never does', () => {
    move(button, 'pen');
    expect(hovered()).toBe(true);
    move(other, 'pen');
    move(button, 'touch');
    expect(hovered()).toBe(false);
  });

  it('the pointer leaving the window takes the look away; leaving an element inside it does not', () => {
    move(button);
    button.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    expect(hovered()).toBe(true);
    document.documentElement.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    expect(hovered()).toBe(false);
  });

  it('the look comes back on the next move after something rewrote the class attribute', () => {
    move(button);
    button.className = 'button continue'; // as React does when className changes
    move(arrow);
    expect(hovered()).toBe(true);
  });

  it('stopping clears the look and stops following', () => {
    move(button);
    stop();
    expect(hovered()).toBe(false);
    move(button);
    expect(hovered()).toBe(false);
  });
});
