import { useEffect } from 'react';
import type { Settings } from '../store';

/**
 * Settings live on <html> as data attributes and a CSS variable, so the stylesheets alone decide
 * how themes, motion and text size look ("system" is resolved by media queries in CSS).
 */
export function useSettingsEffects(settings: Settings) {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = settings.theme;
    root.dataset.motion = settings.motion;
    root.style.setProperty('--text-scale', String(settings.textScale));
  }, [settings.theme, settings.motion, settings.textScale]);
}
