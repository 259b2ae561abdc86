// The 7-eleven, in the afternoon (light theme) or the evening (dark theme): the same drawing, lit by
// the classes in stage.css. Drawn on 1000×500 and cut to the stage from the bottom centre, so a tall
// stage (laptop, projector) shows the window's neon, the shelves and the fridge's edge, and a wide one
// (phone) the whole shop. The back is veiled by a haze: the figures read in front.

const DOORS = [658, 732, 806];
const SHELVES = [200, 250, 300, 350];
/** Floor tiles converge on a point behind the shelves. */
const TILES = Array.from({ length: 17 }, (_, i) => `M${500 + (i - 8) * 70} 395L${500 + (i - 8) * 125} 500`).join('') + 'M0 412H1000M0 436H1000M0 468H1000';
const STRIPES = ['b-orange', 'b-green', 'b-red'];

export default function SevenEleven() {
  return (
    <div className="backdrop backdrop--drawn" data-backdrop="7-eleven" aria-hidden="true">
      <svg viewBox="0 0 1000 500" preserveAspectRatio="xMidYMax slice" focusable="false">
        <defs>
          {/* Shelf goods, two rows to a tile; fridge drinks. */}
          <pattern id="bd-goods" width={60} height={100} patternUnits="userSpaceOnUse">
            <path d="M2 14h12v36H2z" fill="#c9473f" />
            <path d="M15 21h10v29H15z" fill="#e9a93a" />
            <path d="M27 34h8v16h-8zM36 34h8v16h-8z" fill="#3a72c4" />
            <path d="M46 50v-22q6-6 12 0v22z" fill="#4f9e58" />
            <path d="M3 100V74l2-6v-4h3v4l2 6v26z" fill="#8160b0" />
            <path d="M12 100V74l2-6v-4h3v4l2 6v26z" fill="#dcc540" />
            <path d="M22 70h14v30H22z" fill="#ebe5d8" />
            <path d="M38 60h19v40H38z" fill="#d9733a" />
          </pattern>
          <pattern id="bd-drinks" width={36} height={50} y={20} patternUnits="userSpaceOnUse">
            <path d="M3 50V28l3-6v-6h4v6l3 6v22z" fill="#d8413a" />
            <path d="M15 50V28l3-6v-6h4v6l3 6v22z" fill="#3c9a5a" />
            <path d="M27 50V34h7v16z" fill="#e9b83a" />
          </pattern>
          <linearGradient id="bd-sky" x2={0} y2={1}>
            <stop offset={0} className="b-sky1" />
            <stop offset={1} className="b-sky2" />
          </linearGradient>
          <linearGradient id="bd-cold" x2={0} y2={1}>
            <stop offset={0} className="b-cold1" />
            <stop offset={1} className="b-cold2" />
          </linearGradient>
          <radialGradient id="bd-spill">
            <stop offset={0} className="b-spill" />
            <stop offset={1} className="b-spill" stopOpacity={0} />
          </radialGradient>
          {/* The tubes take the colour of the <use> that shows them: a wide halo, then the bright glass. */}
          <g id="bd-sign">
            <rect x={330} y={72} width={110} height={30} rx={10} fill="none" />
            <text x={385} y={93.5} textAnchor="middle" fontSize={17} fontWeight={500} letterSpacing={3}>
              APERTO
            </text>
          </g>
        </defs>

        {/* the room */}
        <rect width={1000} height={395} className="b-wall" />
        <rect width={1000} height={30} className="b-ceil" />
        {[100, 400, 700].map((x) => (
          <rect key={x} x={x} y={30} width={200} height={6} className="b-lamp" />
        ))}
        {STRIPES.map((c, i) => (
          <rect key={c} y={46 + i * 7} width={1000} height={5} className={c} />
        ))}
        <rect y={384} width={1000} height={11} className="b-dark" />

        {/* the window on the street */}
        <rect x={290} y={110} width={190} height={222} className="b-metal" />
        <rect x={298} y={118} width={174} height={204} fill="url(#bd-sky)" />
        <path d="M298 322V262h34v-28h46v40h28v-66h40v32h26v82z" className="b-out" />
        <path d="M310 276h6v8h-6zM340 246h6v8h-6zM356 246h6v8h-6zM414 220h6v8h-6zM430 236h6v8h-6zM452 270h5v7h-5z" className="b-litwin" />
        <rect x={383} y={118} width={4} height={204} className="b-metal" />
        <rect x={284} y={322} width={202} height={10} className="b-top" />

        {/* the counter, the till, the cigarettes behind */}
        <rect x={40} y={126} width={210} height={128} className="b-back" />
        <rect x={46} y={150} width={198} height={100} fill="url(#bd-goods)" />
        <path d="M40 200h210v4H40zM40 250h210v4H40z" className="b-metal" />
        <rect x={60} y={84} width={170} height={30} rx={3} className="b-dark" />
        <path d="M72 94h60M72 104h40M150 94h66M150 104h50" className="b-menu" />
        <rect x={30} y={300} width={256} height={95} className="b-counter" />
        {STRIPES.map((c, i) => (
          <rect key={c} x={30} y={336 + i * 7} width={256} height={5} className={c} />
        ))}
        <rect x={24} y={290} width={268} height={10} className="b-top" />
        <path d="M190 290l6-28h46l6 28z" className="b-dark" />
        <rect x={202} y={238} width={30} height={20} rx={2} className="b-screen" />

        {/* the shelves */}
        <rect x={488} y={146} width={152} height={249} className="b-metal" />
        <rect x={496} y={152} width={136} height={198} className="b-back" />
        <rect x={496} y={150} width={136} height={200} fill="url(#bd-goods)" />
        {SHELVES.map((y) => (
          <rect key={y} x={490} y={y} width={148} height={5} className="b-top" />
        ))}

        {/* the fridge */}
        <ellipse cx={765} cy={250} rx={190} ry={200} fill="url(#bd-spill)" />
        <rect x={650} y={86} width={230} height={309} className="b-metal" />
        <rect x={650} y={86} width={230} height={26} className="b-dark" />
        <rect x={700} y={94} width={130} height={10} rx={5} className="b-cold-sign" />
        {DOORS.map((x) => (
          <g key={x}>
            <rect x={x} y={118} width={68} height={268} fill="url(#bd-cold)" />
            <rect x={x} y={120} width={68} height={250} fill="url(#bd-drinks)" />
            <path d={SHELVES.map((y) => `M${x} ${y - 30}h68`).join('')} className="b-rack" />
            <path d={`M${x + 8} 118h22l-30 90v-60z`} className="b-glare" />
            <rect x={x} y={118} width={68} height={268} className="b-door" />
            <rect x={x + 58} y={210} width={4} height={80} rx={2} className="b-dark" />
          </g>
        ))}

        {/* the coffee corner */}
        <rect x={900} y={110} width={80} height={100} className="b-orange" />
        <circle cx={940} cy={150} r={22} className="b-wall" />
        <path d="M930 142h18v14q0 8-9 8t-9-8zM948 146h5v6h-5" className="b-dark" />
        <rect x={890} y={300} width={110} height={95} className="b-counter" />
        <rect x={905} y={236} width={50} height={64} className="b-dark" />

        {/* the back recedes; lights stay bright */}
        <rect width={1000} height={395} className="b-haze" />
        <path d="M298 118h174l170 382H350z" className="b-beam" />
        <use href="#bd-sign" className="b-halo" />
        <use href="#bd-sign" className="b-neon" />

        {/* the floor */}
        <rect y={395} width={1000} height={105} className="b-floor" />
        <path d={TILES} className="b-tile" />
        <path d="M292 396h194l110 104H372z" className="b-sun" />
        <ellipse cx={765} cy={404} rx={200} ry={24} fill="url(#bd-spill)" />
      </svg>
    </div>
  );
}
