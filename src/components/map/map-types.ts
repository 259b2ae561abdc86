// The story map's data: the graph extracted from a compiled episode (scripts/ink/story-map.ts) and the
// same graph laid out (scripts/ink/story-map-layout.ts). Plain data, so the dev server can send it as
// JSON and one component (StoryMap.tsx) draws it in the page and in `npm run stories:map`.

export type MapNodeKind = 'knot' | 'stitch' | 'start' | 'end';

export interface MapEnding {
  id: string;
  name: string;
}

export interface MapNode {
  /** `knot` or `knot.stitch` (the ink path readers' transcripts carry); `:start` and `:end` for the two ends. */
  id: string;
  kind: MapNodeKind;
  /** What the box is titled: the knot's or the stitch's own name. */
  name: string;
  /** The knot this node belongs to (itself for a knot; '' for the start and the end). */
  knot: string;
  /** The first line of text a reader meets there (truncated); '' when it has none. */
  firstLine: string;
  /** Where the `=== knot ===` or `= stitch` line is (path as the compiler reports it). */
  file: string | null;
  line: number | null;
  /** `# section:` names on its lines, in order. */
  sections: string[];
  /** `# ending:` tags on its lines. */
  endings: MapEnding[];
  /** Whether the stories check reached it; null when the map was drawn without exploring. */
  reached: boolean | null;
}

export type MapEdgeKind = 'choice' | 'divert' | 'tunnel';

export interface MapEdge {
  from: string;
  to: string;
  kind: MapEdgeKind;
  /** The choice's text as the reader sees it ('' for a fallback choice and for diverts). */
  label: string;
  /** A choice behind a condition (`* {x} [..]`): not always on offer. */
  conditional: boolean;
  /** A `+` choice, offered again after it was taken. */
  sticky: boolean;
  /** `* -> x`: taken by itself when no other choice is left. */
  fallback: boolean;
}

export interface StoryGraph {
  nodes: MapNode[];
  edges: MapEdge[];
}

export interface Point {
  x: number;
  y: number;
}

export interface LaidOutNode extends MapNode {
  /** Centre and size, in SVG units. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** `firstLine` wrapped to the box. */
  textLines: string[];
}

export interface LaidOutEdge extends MapEdge {
  points: Point[];
  /** The label wrapped, and its box (centre and size); no box when there is no label. */
  labelLines: string[];
  labelBox: { x: number; y: number; width: number; height: number } | null;
}

/** A knot with stitches: the frame drawn around it and them. */
export interface LaidOutCluster {
  knot: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutMap {
  slug: string;
  title: string;
  width: number;
  height: number;
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
  clusters: LaidOutCluster[];
  /** False when the check could not run (the nodes' `reached` are then null). */
  checked: boolean;
}

/** What the dev server answers at `/__story-map/<slug>.json` (scripts/ink/story-map-plugin.ts). */
export type MapResponse =
  | {
      ok: true;
      map: LaidOutMap;
      /** The check is still exploring: colours come when it is done (the server then sends 'story-map:checked'). */
      checking: boolean;
      /** Said when the check stopped early (a time bound): unreached then means "not reached in time". */
      note: string | null;
    }
  | { ok: false; errors: string[] };
