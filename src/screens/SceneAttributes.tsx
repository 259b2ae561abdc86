import { useLayoutEffect, type RefObject } from 'react';
import { useApp } from '../app/store-context';

interface Props {
  target: RefObject<HTMLElement | null>;
  slug: string;
}

/**
 * The scene's state as data attributes on its element (`data-phase`, `data-beats`, `data-choices`,
 * `data-held`), for the browser tests and the bench to wait on. Written when React commits, in the same
 * commit as the lines and the controls (which read the store like this does): an attribute written
 * straight from the store would run ahead of the page, and a script reading `data-beats` could then
 * click a «Continua» that is already gone. The chrome may still be a frame behind.
 */
export function SceneAttributes({ target, slug }: Props) {
  const phase = useApp((s) => (s.scene?.slug === slug ? s.scene.phase : 'loading'));
  const beats = useApp((s) => (s.scene?.slug === slug ? s.scene.beats : 0));
  const depth = useApp((s) => (s.scene?.slug === slug ? s.scene.depth : 0));
  const held = useApp((s) => s.scene?.slug === slug && s.scene.held);
  // Every commit: the element may have been replaced (a failed story's panel and back).
  useLayoutEffect(() => {
    const el = target.current;
    if (!el) return;
    el.dataset.phase = phase;
    el.dataset.beats = String(beats);
    el.dataset.choices = String(depth);
    if (held) el.dataset.held = 'true';
    else delete el.dataset.held;
  });
  return null;
}
