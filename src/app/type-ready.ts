import { inIdleTurn } from '../adapters/idle';

/** The self-hosted faces (fonts.css), each with the class on the root that puts it in (base.css). */
const FACES = [
  { face: '400 1em Literata', className: 'type-serif' },
  { face: '400 1em Figtree', className: 'type-sans' },
];

/**
 * The self-hosted faces (fonts.css) take over once the first screen is drawn and the page is idle:
 * the first line is painted in the metric-matched local faces without waiting to download or decode a
 * variable font (measured: applying them at once cost the first line about a fifth more time under
 * 4× CPU throttling, and a preload from the HTML competed with the first screen's own requests). Each
 * face is loaded first and applied after, each in an idle turn of its own: the text face's swap and the
 * interface face's are two reflows with nothing left to wait for, not one twice as long. If a face
 * cannot load (offline, first visit) it is applied anyway and `swap` does the rest. `type-ready` marks
 * both in.
 */
export function applyTypeWhenIdle(root: HTMLElement = document.documentElement): void {
  const fonts = document.fonts as FontFaceSet | undefined;
  let left = FACES.length;
  for (const { face, className } of FACES) {
    const apply = () =>
      inIdleTurn(() => {
        root.classList.add(className);
        if (--left === 0) root.classList.add('type-ready');
      });
    inIdleTurn(() => (fonts?.load ? void fonts.load(face).then(apply, apply) : apply()));
  }
}
