import { whenIdle } from '../adapters/idle';

/**
 * The self-hosted faces (fonts.css) take over once the first screen is drawn and the page is idle:
 * the first line is painted in the system face without waiting to decode a variable font (measured:
 * applying them at once cost the first line about a fifth more time under 4× CPU throttling). The
 * text face is preloaded, so the swap that follows is one reflow with no wait for the network.
 */
export function applyTypeWhenIdle(root: HTMLElement = document.documentElement): void {
  whenIdle(() => root.classList.add('type-ready'), 1000);
}
