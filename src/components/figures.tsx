// Original cut-paper silhouettes for the two characters, drawn on a 120×260 grid (feet on y=248).
// Arms are thick strokes with a stage-coloured outline underneath, so a pose reads against the body.

type Point = readonly [number, number];

function Arm({ points, hand = true }: { points: Point[]; hand?: boolean }) {
  const d = points.map((p) => p.join(',')).join(' ');
  const [hx, hy] = points[points.length - 1];
  return (
    <g>
      <polyline points={d} className="fig-cut" strokeWidth={15} fill="none" strokeLinecap="round" strokeLinejoin="round" />
      <polyline points={d} className="fig-ink-stroke" strokeWidth={10} fill="none" strokeLinecap="round" strokeLinejoin="round" />
      {hand && <circle cx={hx} cy={hy} r={5.5} className="fig-skin" />}
    </g>
  );
}

function Briefcase({ x, y, w = 30, h = 21 }: { x: number; y: number; w?: number; h?: number }) {
  return (
    <g className="fig-briefcase">
      <path d={`M${x + w / 2 - 7} ${y} v-5 h14 v5`} fill="none" className="fig-accent-stroke" strokeWidth={3} />
      <rect x={x} y={y} width={w} height={h} rx={3} className="fig-accent" />
      <rect x={x} y={y + h / 2 - 1} width={w} height={2} className="fig-cut-fill" />
    </g>
  );
}

const COAT_ARMS: Record<string, Point[][]> = {
  neutro: [
    [[42, 70], [34, 118], [33, 164]],
    [[78, 70], [86, 118], [87, 164]],
  ],
  'braccia-incrociate': [
    [[42, 70], [33, 106], [74, 112]],
    [[78, 70], [87, 108], [46, 116]],
  ],
  pensoso: [
    [[42, 70], [36, 114], [72, 118]],
    [[78, 70], [90, 108], [64, 58]],
  ],
  deluso: [
    [[42, 74], [38, 124], [39, 172]],
    [[78, 74], [82, 124], [81, 172]],
  ],
  aperto: [
    [[42, 70], [24, 102], [10, 124]],
    [[78, 70], [96, 102], [110, 124]],
  ],
};

/** L'uomo con il cappotto: fedora, long belted coat, collar up. */
export function CoatFigure({ pose }: { pose: string }) {
  const arms = COAT_ARMS[pose] ?? COAT_ARMS.neutro;
  const head = pose === 'deluso' ? 'translate(1 7) rotate(14 60 50)' : pose === 'pensoso' ? 'rotate(-6 60 50)' : undefined;
  const crossed = pose === 'braccia-incrociate';
  return (
    <g data-pose={pose}>
      {/* legs and shoes */}
      <rect x={47} y={196} width={10} height={48} className="fig-ink" />
      <rect x={63} y={196} width={10} height={48} className="fig-ink" />
      <ellipse cx={50} cy={246} rx={9} ry={4} className="fig-ink" />
      <ellipse cx={70} cy={246} rx={9} ry={4} className="fig-ink" />
      {/* coat */}
      <path d="M41 64 Q60 57 79 64 L92 202 Q60 209 28 202 Z" className="fig-ink" />
      <path d="M60 66 L60 203" className="fig-cut" strokeWidth={1.6} />
      <path d="M34 128 L86 128" className="fig-accent-stroke" strokeWidth={5} />
      <rect x={55} y={124} width={10} height={8} rx={1.5} className="fig-cut-fill" />
      {/* collar up */}
      <path d="M45 66 L51 52 L60 64 L69 52 L75 66 L60 74 Z" className="fig-ink" />
      <path d="M51 52 L60 64 L69 52" fill="none" className="fig-cut" strokeWidth={1.4} />
      {!crossed && arms.map((a, i) => <Arm key={i} points={a} />)}
      {crossed && (
        <g>
          <Arm points={arms[0]} hand={false} />
          <Arm points={arms[1]} hand={false} />
          <path d="M36 108 Q60 100 84 110" fill="none" className="fig-cut" strokeWidth={1.4} />
        </g>
      )}
      {/* head and hat */}
      <g transform={head}>
        <circle cx={60} cy={44} r={12} className="fig-skin" />
        <path d="M44 35 L47 17 Q60 11 73 17 L76 35 Z" className="fig-ink" />
        <rect x={46} y={28} width={28} height={4} className="fig-accent" />
        <ellipse cx={60} cy={35} rx={27} ry={4.5} className="fig-ink" />
      </g>
    </g>
  );
}

interface CaseArms {
  arms: Point[][];
  briefcase: { x: number; y: number } | null;
  /** Draw the case before the arms (hanging from a hand) or after (held in front). */
  caseOnTop?: boolean;
}

const CASE_ARMS: Record<string, CaseArms> = {
  neutro: {
    arms: [
      [[44, 72], [38, 116], [36, 160]],
      [[76, 72], [84, 116], [90, 166]],
    ],
    briefcase: { x: 76, y: 172 },
  },
  esitante: {
    arms: [
      [[44, 74], [38, 112], [53, 136]],
      [[76, 74], [82, 112], [67, 136]],
    ],
    briefcase: { x: 45, y: 140 },
    caseOnTop: true,
  },
  convinto: {
    arms: [
      [[44, 72], [36, 116], [30, 162]],
      [[76, 72], [94, 52], [100, 24]],
    ],
    briefcase: { x: 15, y: 168 },
  },
  pensoso: {
    arms: [
      [[44, 72], [36, 116], [30, 162]],
      [[76, 72], [90, 108], [64, 58]],
    ],
    briefcase: { x: 15, y: 168 },
  },
  aperto: {
    arms: [
      [[44, 72], [26, 100], [12, 118]],
      [[76, 72], [94, 100], [108, 118]],
    ],
    briefcase: { x: 84, y: 226 },
  },
};

/** Quello con la valigetta: bare head with a side parting, short jacket, tie, and the briefcase. */
export function BriefcaseFigure({ pose }: { pose: string }) {
  const { arms, briefcase, caseOnTop } = CASE_ARMS[pose] ?? CASE_ARMS.neutro;
  const head = pose === 'esitante' ? 'rotate(-8 60 52)' : pose === 'pensoso' ? 'rotate(6 60 52)' : undefined;
  const bag = briefcase && <Briefcase x={briefcase.x} y={briefcase.y} />;
  return (
    <g data-pose={pose}>
      {/* trousers and shoes */}
      <path d="M44 156 L76 156 L74 244 L63 244 L60 178 L57 244 L46 244 Z" className="fig-ink" />
      <ellipse cx={50} cy={246} rx={8.5} ry={4} className="fig-ink" />
      <ellipse cx={70} cy={246} rx={8.5} ry={4} className="fig-ink" />
      {/* jacket, shirt, tie */}
      <path d="M42 66 Q60 60 78 66 L81 160 L39 160 Z" className="fig-ink" />
      <path d="M53 64 L60 92 L67 64 Z" className="fig-shirt" />
      <path d="M58.2 66 L61.8 66 L63 86 L60 92 L57 86 Z" className="fig-accent" />
      <path d="M60 92 L60 158" className="fig-cut" strokeWidth={1.4} />
      <circle cx={63.5} cy={112} r={1.6} className="fig-cut-fill" />
      <circle cx={63.5} cy={130} r={1.6} className="fig-cut-fill" />
      {!caseOnTop && bag}
      {arms.map((a, i) => (
        <Arm key={i} points={a} />
      ))}
      {caseOnTop && bag}
      <g transform={head}>
        <rect x={55.5} y={52} width={9} height={10} className="fig-skin" />
        <circle cx={60} cy={44} r={12.5} className="fig-skin" />
        <path d="M47 45 Q46 29 60 28 Q74 28 73 45 Q71 36 64 35 Q55 39 47 45 Z" className="fig-ink" />
      </g>
    </g>
  );
}
