import { createContext } from 'react';

/**
 * False while the build pre-renders a page (src/prerender/render.tsx): the drawn room is left out of
 * the HTML, so the first frame paints the text without a hundred SVG elements it does not need
 * (unthrottled, 10 cold loads each: the first frame's style 5.1 → 4.0 ms, its paint 1.7 → 1.1 ms).
 * The stage's box and colours are in the HTML, so nothing moves when the app draws the room, and it
 * fades in (stage.css).
 */
export const DrawRoom = createContext(true);
