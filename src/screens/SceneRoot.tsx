import type { ReactNode } from 'react';
import { useApp } from '../app/store-context';

interface Props {
  slug: string;
  className: string;
  children: ReactNode;
}

/**
 * The scene's element, carrying the scene's state as data attributes (`data-phase`, `data-beats`,
 * `data-choices`, `data-held`) for the browser tests and the bench to wait on. It reads the store like
 * the lines and the controls do, so the attributes change in the same commit as the page (never ahead
 * of it: a script reading `data-beats` could then click a «Continua» already gone), while the chrome
 * passed in as `children` may be a frame behind (a store-only render keeps the same children, which
 * React does not render again).
 * Plain attributes, not written from an effect: the server renderer draws them into the pre-rendered
 * page, and the first client render has them even when the episode was open before it (the takeover).
 */
export function SceneRoot({ slug, className, children }: Props) {
  const phase = useApp((s) => (s.scene?.slug === slug ? s.scene.phase : 'loading'));
  const beats = useApp((s) => (s.scene?.slug === slug ? s.scene.beats : 0));
  const depth = useApp((s) => (s.scene?.slug === slug ? s.scene.depth : 0));
  const held = useApp((s) => s.scene?.slug === slug && s.scene.held);
  return (
    <div className={className} data-phase={phase} data-beats={beats} data-choices={depth} data-held={held || undefined}>
      {children}
    </div>
  );
}
