// A hover look that follows the pointer's own moves, for a control the page moves under it.
// Every step pushes «Continua» down, from under a still pointer. With CSS :hover, the frame that paints
// the new line also restyled and repainted the button as its hover look eased out. Measured on the
// built site at 4× CPU, traced, interleaved with inkle's export (47 clicks each): with its hover rules
// taken out, a «Continua» click's main-thread work 48.1 → 40.0 ms, the frame's style 5.1 → 3.6 ms,
// paint 2.5 → 1.6 ms; a choice (no hovered control survives it) unchanged. With this instead (32
// clicks each): 52.1 → 46.1 ms, the frame's style 5.3 → 3.5 ms.
// So an element marked `data-moved-hover` is styled by the class below, set when a mouse or pen moves
// onto it and cleared when it moves off it or out of the window. Content moving under a still pointer
// changes nothing until the pointer itself moves. Touch has no hover, and no longer leaves a tapped
// button looking hovered. Keyboard focus has its own look (:focus-visible), untouched.

const MOVED_HOVER_ATTRIBUTE = 'data-moved-hover';
export const HOVERED_CLASS = 'is-hovered';

/** Listens on `doc` for the pointer's moves; returns the function that stops it. */
export function followMovedHover(doc: Document = document): () => void {
  let hovered: Element | null = null;
  const show = (next: Element | null) => {
    if (hovered !== next) hovered?.classList.remove(HOVERED_CLASS);
    // Checked, not assumed: React rewrites the class attribute when the element's className changes.
    if (next && !next.classList.contains(HOVERED_CLASS)) next.classList.add(HOVERED_CLASS);
    hovered = next;
  };
  const onMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    const target = event.target instanceof Element ? event.target : null;
    show(target?.closest(`[${MOVED_HOVER_ATTRIBUTE}]`) ?? null);
  };
  // Leaving the window: pointerleave on the root element (it does not bubble, so the root's own is the
  // pointer leaving the page). Not pointerout: a listener for it would make the browser dispatch one at
  // every step, as the page moves under the pointer (see quiet-events.ts).
  const onLeave = () => show(null);
  const root = doc.documentElement;
  doc.addEventListener('pointermove', onMove, { passive: true });
  root.addEventListener('pointerleave', onLeave, { passive: true });
  return () => {
    doc.removeEventListener('pointermove', onMove);
    root.removeEventListener('pointerleave', onLeave);
    show(null);
  };
}
