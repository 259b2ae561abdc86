import { createContext } from 'react';

/**
 * False while the build pre-renders a page (src/prerender/render.tsx): the drawn room is left out of
 * the HTML, so the first frame paints the text without a hundred SVG elements it does not need (with
 * them, the first line painted 1.13x the export's time; without, 0.99x). The stage's box and colours
 * are in the HTML, so nothing moves when the app draws the room, and it fades in (stage.css).
 */
export const DrawRoom = createContext(true);
