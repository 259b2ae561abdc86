/**
 * The toolbar's icons, drawn (24-unit grid, the text's colour) rather than taken from Unicode: ⇤ ▶ ↺ ▭
 * are in none of the text faces, and finding a system font that has them cost 2.1 of the 12.2 ms of
 * layout and paint before the app starts, unthrottled (README: "The first frame is the header"). A
 * drawing also looks the same on every phone.
 */
const PATHS = {
  back: 'M19 12H5m6-6-6 6 6 6',
  'last-choice': 'M20 12H9m5-5-5 5 5 5M4 5v14',
  history: 'M4 7h16M4 12h16M4 17h16',
  play: 'M8 5.5v13l10-6.5z',
  pause: 'M8 5.5v13m8-13v13',
  restart: 'M4.5 12a7.5 7.5 0 1 0 2.2-5.3M4.5 4.5v5h5',
  present: 'M3.5 5h17v11h-17zM8.5 20h7M12 16v4',
} as const;

export type ToolIconName = keyof typeof PATHS;

export function ToolIcon({ name }: { name: ToolIconName }) {
  return (
    <svg className="tool__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
