import { whenIdle } from '../adapters/idle';

// The faces the first screens use (fonts.css): their download starts at idle, not from the HTML.
const FACES = ['400 1em Literata', '400 1em Figtree'];

/**
 * The self-hosted faces (fonts.css) take over once the first screen is drawn and the page is idle:
 * the first line is painted in the metric-matched local faces without waiting to download or decode a
 * variable font (measured: applying them at once cost the first line about a fifth more time under
 * 4× CPU throttling, and a preload from the HTML competed with the first screen's own requests). The
 * faces are loaded first and applied after, so the swap is one reflow with nothing left to wait for;
 * if they cannot load (offline, first visit) they are applied anyway and `swap` does the rest.
 */
export function applyTypeWhenIdle(root: HTMLElement = document.documentElement): void {
  whenIdle(() => {
    const apply = () => root.classList.add('type-ready');
    const fonts = document.fonts as FontFaceSet | undefined;
    if (!fonts?.load) return apply();
    Promise.all(FACES.map((face) => fonts.load(face))).then(apply, apply);
  }, 1000);
}
