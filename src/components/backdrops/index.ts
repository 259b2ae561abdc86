// Backdrops by `# scene:` value. Each drawn place loads on its own, after the first line: the reader
// sees the words first, the room fades in behind the figures. Unknown places get the quiet one.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { NeutralBackdrop } from './NeutralBackdrop';

const PLACES: Record<string, LazyExoticComponent<ComponentType>> = {
  '7-eleven': lazy(() => import('./SevenEleven')),
};

/** The scene's name as authors write it, compared loosely: «7-Eleven», « 7-eleven ». */
const key = (scene: string) => scene.trim().toLowerCase();

export function backdropFor(scene: string): ComponentType {
  return PLACES[key(scene)] ?? NeutralBackdrop;
}

export const hasDrawnBackdrop = (scene: string) => key(scene) in PLACES;

export { NeutralBackdrop };
