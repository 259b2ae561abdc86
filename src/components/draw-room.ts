import { createContext } from 'react';

/**
 * False while the build pre-renders a page (src/prerender/render.tsx): the drawn room is left out of
 * the HTML, so the first frame paints the text without a hundred SVG elements it does not need (20
 * interleaved cold loads at 4×: the first line painted 0.96× the export's time with them, 0.85×
 * without). The stage's box and colours are in the HTML, so nothing moves when the app draws the
 * room, and it fades in (stage.css).
 */
export const DrawRoom = createContext(true);
