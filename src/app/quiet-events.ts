// Events React's root listens to for every kind of handler, which this app never uses: pointer over/out
// (React builds onMouseEnter/onPointerEnter from them) and CSS transition and animation events. The
// page fires them on every step: the new line's entrance starts an animation, the used control leaves
// from under a still pointer, the pressed button's colour eases back. React's root listener then looks
// for handlers along the whole tree each time, between the input and the frame that paints the line.
// They are stopped on their way down, before they reach #root (nothing listens below it either;
// tests/ui/quiet-events.test.tsx checks that no source file adds such a handler). CSS :hover, native
// tooltips, pointerenter/leave and the Web Animations API (getAnimations, finished) are not events of
// these kinds and are untouched. Measured on the built site at 4× CPU with Chromium's tracing on (24
// alternating clicks, with the un-eased press of base.css): the main thread's event work in the frame
// 2.5 → 0.7 ms, press → line painted 48.8 → 39.0 ms. `npm run bench`, which runs without tracing,
// does not resolve a difference (click 1.21–1.35× the export's before, 1.24–1.36× after, three runs each).
const UNHANDLED = [
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
] as const;

const stop = (event: Event) => event.stopPropagation();

/** Stops those events at `target` (the app's window), in the capture phase; returns an undo. */
export function quietUnhandledEvents(target: Window = window): () => void {
  for (const type of UNHANDLED) target.addEventListener(type, stop, true);
  return () => {
    for (const type of UNHANDLED) target.removeEventListener(type, stop, true);
  };
}
