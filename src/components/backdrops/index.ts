// Backdrops by `# scene:` value; unknown places get the quiet one. The 7-eleven ships with the page
// (measured: split into its own chunk it saved 0.9 KB gz before the first line but cost 1.1 KB gz
// more in all, three more requests and a room popping in). A second drawn place should be lazy.
import type { ComponentType } from 'react';
import { NeutralBackdrop } from './NeutralBackdrop';
import SevenEleven from './SevenEleven';

const PLACES: Record<string, ComponentType> = {
  '7-eleven': SevenEleven,
};

/** The scene's name as authors write it, compared loosely: «7-Eleven», « 7-eleven ». */
const key = (scene: string) => scene.trim().toLowerCase();

export function backdropFor(scene: string): ComponentType {
  return PLACES[key(scene)] ?? NeutralBackdrop;
}

export const hasDrawnBackdrop = (scene: string) => key(scene) in PLACES;

export { NeutralBackdrop };
