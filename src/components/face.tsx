// A face drawn in a few strokes: brows, eyes and mouth carry the expression of a pose.

/** How a face looks: brow slant (+ frowns, − worries), brow lift, gaze, eyelids, mouth shape. */
export interface Expression {
  slant: number;
  lift: number;
  look: readonly [number, number];
  /** 0 open, 1 half-closed. */
  lid: 0 | 1;
  mouth: keyof typeof MOUTHS;
}

// Mouths around (0, 0); `fill` ones are open.
const MOUTHS = {
  flat: 'M-3 0h6',
  tight: 'M-2.6 .6Q0-.4 2.6 .6',
  frown: 'M-3.6 1.4Q0-1.4 3.6 1.4',
  smile: 'M-3.6-.6Q0 2.8 3.6-.6',
  grin: 'M-3.6-.8Q0 4.6 3.6-.8Z',
  open: 'M-2.6-.4Q0 5 2.6-.4Q0 .6-2.6-.4Z',
  wavy: 'M-3.6.4q1.2-1.3 2.4 0t2.4 0t2.4 0',
  side: 'M-3 .9Q1 1.3 3.6-1',
  o: 'M-1.4.6a1.4 1.7 0 1 0 2.8 0a1.4 1.7 0 1 0-2.8 0',
} as const;

const FILLED = new Set<string>(['grin', 'open', 'o']);

interface Props {
  /** Centre between the eyes. */
  x: number;
  y: number;
  /** Half the distance between the eyes. */
  gap: number;
  /** Mouth's distance below the eyes. */
  drop: number;
  expr: Expression;
}

export function Face({ x, y, gap, drop, expr }: Props) {
  const [lx, ly] = expr.look;
  const by = y - 4.6 - expr.lift;
  const brow = (side: -1 | 1) => {
    const outer = x + side * (gap + 3);
    const inner = x + side * (gap - 2.4);
    return `M${outer} ${by}L${inner} ${by + expr.slant}`;
  };
  const eye = (side: -1 | 1) => {
    const ex = x + side * gap + lx;
    return expr.lid ? (
      <path key={side} d={`M${ex - 2} ${y + ly - 0.2}q2 1.6 4 0`} className="f-line" strokeWidth={1.5} />
    ) : (
      <ellipse key={side} cx={ex} cy={y + ly} rx={1.35} ry={1.75} className="f-feature" />
    );
  };
  return (
    <g>
      <path d={brow(-1) + brow(1)} className="f-brow" strokeWidth={1.45} />
      {eye(-1)}
      {eye(1)}
      <path
        d={MOUTHS[expr.mouth]}
        transform={`translate(${x} ${y + drop})`}
        className={FILLED.has(expr.mouth) ? 'f-feature' : 'f-line'}
        strokeWidth={1.4}
      />
    </g>
  );
}
