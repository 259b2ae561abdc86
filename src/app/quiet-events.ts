// Events React's root listens to for every kind of handler, which this app never uses: pointer over/out
// (React builds onMouseEnter/onPointerEnter from them) and CSS transition and animation events. The
// page fires them on every step: the new line's entrance starts an animation, and «Continua» moves
// from under a still pointer (which once eased its hover look out too: see moved-hover.ts). With a
// listener anywhere on their path, Chromium creates and dispatches each one, in a task of its own
// after the frame that paints the line.
// So React's root never registers a listener for them (createQuietRoot), and nothing else does either
// (tests/ui/quiet-events.test.tsx checks that no source file adds such a handler): without listeners,
// Chromium does not make transition and animation events at all. CSS :hover, native tooltips,
// pointerenter/leave and the Web Animations API (getAnimations, finished) are not events of these kinds
// and are untouched.
// Measured on the built site at 4× CPU with Chromium's tracing on, alternating clicks:
//  - stopping them at the window, in the capture phase, before React's listener looked for handlers
//    along the tree (the previous way): the main thread's event work in the frame 2.5 → 0.7 ms, press →
//    line painted 48.8 → 39.0 ms (24 clicks);
//  - not listening at all, against stopping them: main-thread time from the click to the painted
//    report 38.1 → 35.5 ms in one run, 32.7 → 33.1 ms in another (60 clicks each): not resolved. It
//    is kept as the plainer of the two (no listener at all rather than one that stops each event).
import { createRoot, type Root, type RootOptions } from 'react-dom/client';

const UNHANDLED: ReadonlySet<string> = new Set([
  'mouseover',
  'mouseout',
  'pointerover',
  'pointerout',
  'transitionrun',
  'transitionstart',
  'transitionend',
  'transitioncancel',
  'animationstart',
  'animationend',
  'animationiteration',
  'animationcancel',
]);

/**
 * React's `createRoot`, minus its listeners for those events. The root registers every listener on the
 * container while it is created; for that moment the container's `addEventListener` leaves them out.
 */
export function createQuietRoot(container: Element, options?: RootOptions): Root {
  const listen = container.addEventListener;
  container.addEventListener = function (this: Element, ...args: Parameters<Element['addEventListener']>) {
    if (!UNHANDLED.has(args[0])) listen.apply(this, args);
  };
  try {
    return createRoot(container, options);
  } finally {
    delete (container as { addEventListener?: unknown }).addEventListener;
  }
}
