// The map's own style, carried inside the SVG so the file from `npm run stories:map` looks the same
// opened alone. Colours use light-dark(): the app's theme (color-scheme on :root) or, for a file opened
// alone, the system's. Every text colour is at least 4.5:1 on the fill it sits on, in both themes.
// No quotes, < or & here: React escapes a <style>'s text in the static markup.
export const MAP_CSS = `
svg:root { color-scheme: light dark; }
.story-map { font-family: system-ui, -apple-system, Segoe UI, Roboto, Liberation Sans, Arial, sans-serif; }
.story-map .bg { fill: light-dark(#fffdf8, #1b1a1f); }
.story-map text { fill: light-dark(#1c1a17, #ece7de); }
.story-map .muted { fill: light-dark(#5d564d, #b4ab9f); }
.story-map .mono { font-family: ui-monospace, Menlo, Consolas, DejaVu Sans Mono, monospace; }
.story-map .cluster rect { fill: light-dark(#f3eee4, #232127); stroke: light-dark(#cfc5b5, #403c45); }
.story-map .cluster text { fill: light-dark(#5d564d, #b4ab9f); font-weight: 600; letter-spacing: 0.04em; }
.story-map .node .box { fill: light-dark(#ffffff, #2a2830); stroke: light-dark(#6b645b, #9c958b); stroke-width: 1.25; }
.story-map .node--unreached .box { fill: light-dark(#fbeae4, #3b221f); stroke: light-dark(#b42318, #f6a08a); stroke-dasharray: 6 4; stroke-width: 1.75; }
.story-map .node--unreached .flag { fill: light-dark(#8f1d12, #f6b9a3); font-weight: 700; }
.story-map .node--ending .box { stroke: light-dark(#8a5a00, #e0ac4c); stroke-width: 2.5; }
.story-map .ending rect { fill: light-dark(#fdf0d2, #3a301a); }
.story-map .ending text { fill: light-dark(#5f3d00, #f3cd7d); font-weight: 600; }
.story-map .band rect { fill: light-dark(#1f4e79, #9cc3ee); }
.story-map .band text { fill: light-dark(#ffffff, #0f2338); font-weight: 700; }
.story-map .title { font-weight: 700; }
.story-map .terminal .box { fill: light-dark(#1c1a17, #ece7de); stroke: none; }
.story-map .terminal text { fill: light-dark(#fffdf8, #161519); font-weight: 700; }
.story-map .node--route .box { stroke: light-dark(#17692f, #6fdc8c); stroke-width: 4; stroke-dasharray: none; }
.story-map .here rect { fill: light-dark(#17692f, #6fdc8c); }
.story-map .here text { fill: light-dark(#ffffff, #0d2a15); font-weight: 700; }
.story-map a:focus-visible .box, .story-map a:hover .box { stroke: light-dark(#1d5fc4, #8ab8ff); stroke-width: 3; }
.story-map a { cursor: pointer; }
.story-map .edge path { fill: none; stroke-width: 1.5; }
.story-map .edge--choice path { stroke: light-dark(#1f4e79, #9cc3ee); stroke-width: 2; }
.story-map .edge--divert path { stroke: light-dark(#6b645b, #9c958b); }
.story-map .edge--tunnel path { stroke: light-dark(#6b645b, #9c958b); stroke-dasharray: 5 4; }
.story-map .edge--conditional path { stroke-dasharray: 2 3; }
.story-map .label rect { fill: light-dark(#eef4fa, #1d2a38); stroke: light-dark(#1f4e79, #9cc3ee); stroke-width: 0.75; }
.story-map .label text { fill: light-dark(#133452, #d4e6f8); }
.story-map .arrow--choice { fill: light-dark(#1f4e79, #9cc3ee); }
.story-map .arrow--plain { fill: light-dark(#6b645b, #9c958b); }
.story-map .legend .box { fill: light-dark(#ffffff, #2a2830); stroke: light-dark(#6b645b, #9c958b); }
`;
