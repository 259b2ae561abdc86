// The two characters, drawn on a 120×260 grid (feet on y≈246). Their colours are their own and never
// follow the theme (stage.css): the stage is lit differently at night, the men stay who they are.
// Light falls from the window on the left (shade on their right).
import { Face, type Expression } from './face';

type Point = readonly [number, number];

interface Pose {
  arms: readonly [Point[], Point[]];
  /** Transform of the head (a tilt, a drop). */
  head?: string;
  face: Expression;
  /** Hands drawn at the end of each arm (false: in the pockets, or tucked away). */
  hands?: boolean;
}

function Arm({ points, width, hand }: { points: readonly Point[]; width: number; hand: boolean }) {
  const d = points.map((p) => p.join(',')).join(' ');
  const [hx, hy] = points[points.length - 1];
  const [ex, ey] = points[points.length - 2];
  // The cuff: the last sixth of the forearm, before the hand.
  const cuff = `M${hx + (ex - hx) / 6} ${hy + (ey - hy) / 6}L${hx} ${hy}`;
  return (
    <g>
      <polyline points={d} className="f-edge" strokeWidth={width + 3} />
      <polyline points={d} className="f-sleeve" strokeWidth={width} />
      {hand && <path d={cuff} className="f-cuff" strokeWidth={width - 1} />}
      {hand && <circle cx={hx} cy={hy} r={width * 0.42} className="f-skin" />}
    </g>
  );
}

const arms = (pose: Pose, width: number, hands = pose.hands ?? true) =>
  pose.arms.map((a, i) => <Arm key={i} points={a} width={width} hand={hands} />);

const expr = (slant: number, lift: number, look: Point, lid: 0 | 1, mouth: Expression['mouth']): Expression => ({ slant, lift, look, lid, mouth });

export const COAT_POSES: Record<string, Pose> = {
  // Hands in the coat pockets.
  neutro: {
    arms: [
      [[42.5, 67], [37, 110], [45, 148]],
      [[77.5, 67], [83, 110], [75, 148]],
    ],
    hands: false,
    face: expr(0.6, 0, [0, 0], 0, 'flat'),
  },
  'braccia-incrociate': {
    arms: [
      [[42.5, 67], [34, 106], [74, 100]],
      [[77.5, 67], [86, 104], [46, 97]],
    ],
    head: 'rotate(-4 60 44)',
    face: expr(2.2, 0.2, [1.3, 0], 0, 'tight'),
  },
  pensoso: {
    arms: [
      [[42.5, 67], [37, 112], [72, 116]],
      [[77.5, 67], [88, 106], [64, 50]],
    ],
    head: 'rotate(-7 60 44)',
    face: expr(-0.8, 0.6, [-1.3, -1.3], 0, 'side'),
  },
  deluso: {
    arms: [
      [[40, 67], [37, 116], [39, 162]],
      [[80, 67], [83, 116], [81, 162]],
    ],
    head: 'translate(0 3) rotate(9 60 44)',
    face: expr(-2.2, 0, [0, 1.2], 1, 'frown'),
  },
  aperto: {
    arms: [
      [[42.5, 67], [22, 96], [10, 110]],
      [[77.5, 67], [98, 96], [110, 110]],
    ],
    head: 'rotate(3 60 44)',
    face: expr(-0.6, 1.6, [0, 0], 0, 'open'),
  },
};

/** L'uomo con il cappotto: tall, grey hair swept back, moustache, a long charcoal coat and a scarf. */
export function CoatFigure({ pose }: { pose: string }) {
  const p = COAT_POSES[pose] ?? COAT_POSES.neutro;
  return (
    <g className="fig fig--coat" data-pose={pose}>
      <path d="M46 200h10v40h-10zM64 200h10v40h-10z" className="f-legs" />
      <path d="M44 238h13v8h-17q0-8 4-8zM63 238h13q4 0 4 8h-17z" className="f-shoe" />
      <path d="M40 58Q60 50 80 58L86 70 90 206Q60 213 30 206L34 70Z" className="f-body" />
      <path d="M70 56Q78 57 80 58L86 70 90 206Q82 209 73 210Z" className="f-shade" />
      <path d="M62 84V209M49 56l8 32 5-4M71 56l-5 26M37 150h10M73 150h10" className="f-seam" />
      <path d="M31 130h58v6H31z" className="f-shade" />
      {[96, 118].map((y) => [56, 68].map((x) => <circle key={x + y} cx={x} cy={y} r={1.7} className="f-button" />))}
      <path d="M55 44h10v12H55z" className="f-skin-shade" />
      <path d="M49 50Q60 60 71 50L72 58Q60 66 48 58ZM62 58h6l-1 36-7-2Z" className="f-accent" />
      <g transform={p.head}>
        <ellipse cx={49.5} cy={35} rx={2.2} ry={3.6} className="f-skin-shade" />
        <ellipse cx={70.5} cy={35} rx={2.2} ry={3.6} className="f-skin-shade" />
        <ellipse cx={60} cy={34} rx={10.5} ry={12.6} className="f-skin" />
        <path d="M66 23Q71 30 69 42Q66 46 62 46.5Q69 40 66 23Z" className="f-skin-shade" />
        <path d="M49 32Q47 17 60 16.5Q74 16 72 31Q70 23 64 22.5Q56 21 50 27Z" className="f-hair" />
        <path d="M60 32.5q2.4 4.6-.8 6.6" className="f-line" strokeWidth={1.1} />
        <Face x={60} y={32.6} gap={4.6} drop={11.6} expr={p.face} />
        <path d="M54.4 41.8q5.6-3.2 11.2 0q-5.6 1.4-11.2 0z" className="f-hair" />
      </g>
      {arms(p, 12)}
    </g>
  );
}

interface CasePose extends Pose {
  /** The top of the briefcase's handle; `front`: held before the body, hands on it. */
  bag: Point;
  front?: boolean;
  /** The raised index finger of a point made. */
  finger?: boolean;
}

export const CASE_POSES: Record<string, CasePose> = {
  neutro: {
    arms: [
      [[44.5, 89], [40, 126], [41, 162]],
      [[75.5, 89], [81, 126], [84, 160]],
    ],
    bag: [84, 161],
    face: expr(0, 0, [0, 0], 0, 'smile'),
  },
  esitante: {
    arms: [
      [[44.5, 89], [38, 118], [54, 130]],
      [[75.5, 89], [82, 118], [66, 130]],
    ],
    bag: [60, 126],
    front: true,
    head: 'rotate(-6 60 66)',
    face: expr(-2, 0.4, [1.4, 0.4], 0, 'wavy'),
  },
  convinto: {
    arms: [
      [[44.5, 89], [39, 126], [37, 160]],
      [[75.5, 89], [93, 72], [95, 46]],
    ],
    bag: [37, 161],
    finger: true,
    head: 'rotate(-3 60 66)',
    face: expr(1.4, 0, [0.6, 0], 0, 'grin'),
  },
  pensoso: {
    arms: [
      [[44.5, 89], [39, 126], [37, 160]],
      [[75.5, 89], [86, 122], [64, 71]],
    ],
    bag: [37, 161],
    head: 'rotate(5 60 66)',
    face: expr(-0.6, 1, [1.3, -1.4], 0, 'o'),
  },
  aperto: {
    arms: [
      [[44.5, 89], [26, 110], [14, 122]],
      [[75.5, 89], [94, 110], [106, 122]],
    ],
    bag: [100, 219],
    face: expr(-0.8, 1.6, [0, 0], 0, 'open'),
  },
};

/** Brown leather, a brass clasp; hung from its handle's top at (x, y). */
function Briefcase({ at: [x, y] }: { at: Point }) {
  return (
    <g>
      <path d={`M${x - 6} ${y + 5}v-3q0-3 3-3h6q3 0 3 3v3`} className="f-case-line" strokeWidth={2.4} />
      <rect x={x - 16} y={y + 5} width={32} height={22} rx={2.5} className="f-case" />
      <path d={`M${x - 16} ${y + 11}h32`} className="f-case-line" strokeWidth={1.2} />
      <rect x={x - 2.5} y={y + 9} width={5} height={4} rx={0.8} className="f-clasp" />
    </g>
  );
}

/** Quello con la valigetta: shorter, younger, dark side-parted hair, glasses, a slate jacket, the case. */
export function BriefcaseFigure({ pose }: { pose: string }) {
  const p = CASE_POSES[pose] ?? CASE_POSES.neutro;
  const bag = <Briefcase at={p.bag} />;
  return (
    <g className="fig fig--case" data-pose={pose}>
      <path d="M42 164h36l-2 76H63l-3-52-3 52H44Z" className="f-legs" />
      <path d="M43 238h14v8H40q0-8 3-8zM63 238h14q4 0 4 8H63z" className="f-shoe" />
      {!p.front && bag}
      <path d="M56 64h8v12h-8z" className="f-skin-shade" />
      <path d="M42 80Q60 73 78 80L81 92 82 168Q60 173 38 168L39 92Z" className="f-body" />
      <path d="M70 77L78 80 81 92 82 168Q76 170 71 170Z" className="f-shade" />
      <path d="M53 75L60 106 67 75Z" className="f-shirt" />
      <path d="M58.4 78h3.2l1.4 4-1.4 22-1.6 2-1.6-2-1.4-22Z" className="f-tie" />
      <path d="M53 75l5 26 2 5M67 75l-5 26-2 5M60 106v62M44 142h9M67 142h9" className="f-seam" />
      <g transform={p.head}>
        <ellipse cx={50} cy={57} rx={2} ry={3.3} className="f-skin-shade" />
        <ellipse cx={70} cy={57} rx={2} ry={3.3} className="f-skin-shade" />
        <ellipse cx={60} cy={56} rx={10} ry={11.8} className="f-skin" />
        <path d="M65.5 46Q70.5 52 68.8 63Q66 67.4 62 67.8Q68.5 62 65.5 46Z" className="f-skin-shade" />
        <path d="M49.4 56Q47 42 58 41Q73 40 71 54Q70 47 64 46Q57 45 53 48Q51 50 50.5 56Z" className="f-hair" />
        <path d="M55 46.5Q58 43 63 42.5" className="f-seam" strokeWidth={1} />
        <path d="M60 56q2 3.4-.6 5" className="f-line" strokeWidth={1} />
        <Face x={60} y={56} gap={4.3} drop={7.6} expr={p.face} />
        <path d="M51.2 53.2h7v5.4h-7zM61.8 53.2h7v5.4h-7zM58.2 55h3.6" className="f-glasses" />
      </g>
      {arms(p, 10.5, !p.front)}
      {p.finger && <path d="M93.2 44V33.5a1.8 1.8 0 0 1 3.6 0V44Z" className="f-skin" />}
      {p.front && bag}
      {p.front && (
        <g className="f-skin">
          <circle cx={54} cy={130} r={4.4} />
          <circle cx={66} cy={130} r={4.4} />
        </g>
      )}
    </g>
  );
}
