// The story map as SVG: one renderer for the dev page (`#/mappa/<slug>`) and for the files of
// `npm run stories:map` (through renderToStaticMarkup). It only draws a map already laid out; every
// text from the story is a text node.
import type { MouseEvent } from 'react';
import type { LaidOutEdge, LaidOutMap, LaidOutNode, Point } from './map-types';
import { MAP_CSS } from './map-style';
import { MAP_METRICS as M } from './metrics';

export interface StoryMapProps {
  map: LaidOutMap;
  /** Node ids the reader's saved run passed through; the last one is where the reader is. */
  route?: readonly string[];
  /** Where a node links (its source at file:line). */
  nodeHref?: (node: LaidOutNode) => string | null;
  /** Called instead of following the link (the dev page opens the editor). */
  onOpenNode?: (node: LaidOutNode) => void;
}

/** `file:line` as terminals and editors link it; the file's name only, the full path is in the tooltip. */
export const placeOf = (node: { file: string | null; line: number | null }) =>
  node.file ? `${node.file.split(/[\\/]/).pop()}:${node.line}` : '';

/** A smooth line through dagre's points (a B-spline, as d3's curveBasis draws it). */
export function curve(points: readonly Point[]): string {
  const f = (n: number) => Math.round(n * 10) / 10;
  if (points.length < 3) return points.map((p, i) => `${i ? 'L' : 'M'}${f(p.x)},${f(p.y)}`).join('');
  let d = `M${f(points[0].x)},${f(points[0].y)}L${f((5 * points[0].x + points[1].x) / 6)},${f((5 * points[0].y + points[1].y) / 6)}`;
  const at = (i: number) => points[Math.min(i, points.length - 1)];
  for (let i = 2; i <= points.length; i++) {
    const [a, b, c] = [at(i - 2), at(i - 1), at(i)];
    d += `C${f((2 * a.x + b.x) / 3)},${f((2 * a.y + b.y) / 3)} ${f((a.x + 2 * b.x) / 3)},${f((a.y + 2 * b.y) / 3)} ${f((a.x + 4 * b.x + c.x) / 6)},${f((a.y + 4 * b.y + c.y) / 6)}`;
  }
  const last = points[points.length - 1];
  return `${d}L${f(last.x)},${f(last.y)}`;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function Edge({ edge }: { edge: LaidOutEdge }) {
  const classes = ['edge', `edge--${edge.kind}`, edge.conditional ? 'edge--conditional' : ''].filter(Boolean).join(' ');
  const box = edge.labelBox;
  return (
    <g className={classes} data-from={edge.from} data-to={edge.to}>
      <path d={curve(edge.points)} markerEnd={`url(#arrow-${edge.kind === 'choice' ? 'choice' : 'plain'})`} />
      {box && (
        <g className="label">
          <rect x={box.x - box.width / 2} y={box.y - box.height / 2} width={box.width} height={box.height} rx={4} />
          <text fontSize={M.labelSize}>
            {edge.labelLines.map((line, i) => (
              <tspan key={i} x={box.x} y={box.y - box.height / 2 + M.labelPad + (i + 0.8) * M.labelLine - 2} textAnchor="middle">
                {line}
              </tspan>
            ))}
          </text>
        </g>
      )}
    </g>
  );
}

function NodeBody({ node, here }: { node: LaidOutNode; here: boolean }) {
  const w = node.width;
  if (node.kind === 'start' || node.kind === 'end') {
    return (
      <>
        <rect className="box" width={w} height={node.height} rx={node.height / 2} />
        <text x={w / 2} y={node.height / 2 + 5} textAnchor="middle" fontSize={M.titleSize}>
          {node.name}
        </text>
      </>
    );
  }
  let y = M.pad;
  const rows: React.ReactNode[] = [];
  for (const section of node.sections) {
    rows.push(
      <g key={`s${y}`} className="band">
        <rect x={0} y={y - M.pad} width={w} height={M.bandHeight + (rows.length ? 0 : 2)} rx={rows.length ? 0 : 6} />
        <text x={M.pad} y={y - M.pad + 15} fontSize={12.5}>{`§ ${section}`}</text>
      </g>,
    );
    y += M.bandHeight;
  }
  y += M.titleHeight;
  rows.push(
    <text key="title" className="title" x={M.pad} y={y - 5} fontSize={M.titleSize}>
      {node.kind === 'stitch' ? `= ${node.name}` : node.name}
      {node.reached === false && (
        <tspan className="flag" fontSize={11.5}>
          {'  · mai raggiunto'}
        </tspan>
      )}
    </text>,
  );
  const text = node.textLines.length ? node.textLines : [''];
  rows.push(
    <text key="text" className={node.textLines.length ? '' : 'muted'} fontSize={M.textSize} fontStyle={node.textLines.length ? undefined : 'italic'}>
      {text.map((line, i) => (
        <tspan key={i} x={M.pad} y={y + (i + 1) * M.textLine - 4}>
          {line || '(solo scelte o logica)'}
        </tspan>
      ))}
    </text>,
  );
  y += text.length * M.textLine;
  for (const ending of node.endings) {
    rows.push(
      <g key={`e${ending.id}`} className="ending">
        <rect x={M.pad - 3} y={y + 2} width={w - 2 * M.pad + 6} height={M.endingHeight - 3} rx={3} />
        <text x={M.pad} y={y + 15} fontSize={12}>{clip(`◆ finale «${ending.name}»`, Math.floor((w - 2 * M.pad) / (12 * M.charWidth)))}</text>
      </g>,
    );
    y += M.endingHeight;
  }
  rows.push(
    <text key="file" className="muted mono" x={M.pad} y={y + M.fileHeight - 3} fontSize={M.fileSize}>
      {placeOf(node)}
    </text>,
  );
  return (
    <>
      <rect className="box" width={w} height={node.height} rx={6} />
      {rows}
      {here && (
        <g className="here">
          <rect x={w - 62} y={-11} width={66} height={20} rx={10} />
          <text x={w - 29} y={3} textAnchor="middle" fontSize={12}>
            sei qui
          </text>
        </g>
      )}
    </>
  );
}

function Node({ node, onRoute, here, href, onOpen }: { node: LaidOutNode; onRoute: boolean; here: boolean; href: string | null; onOpen?: (n: LaidOutNode) => void }) {
  const state = node.reached === null ? 'unchecked' : node.reached ? 'reached' : 'unreached';
  const classes = [
    'node',
    `node--${state}`,
    node.kind === 'start' || node.kind === 'end' ? 'terminal' : '',
    node.endings.length ? 'node--ending' : '',
    onRoute ? 'node--route' : '',
  ].filter(Boolean).join(' ');
  const tip = [node.id.startsWith(':') ? node.name : node.id, placeOf(node) && (node.file ? `${node.file}:${node.line}` : ''), node.reached === false ? 'mai raggiunto dal controllo' : '']
    .filter(Boolean)
    .join(' — ');
  const body = (
    <g className={classes} transform={`translate(${node.x - node.width / 2},${node.y - node.height / 2})`} data-node={node.id}>
      <title>{tip}</title>
      <NodeBody node={node} here={here} />
    </g>
  );
  if (!href) return body;
  const click = onOpen
    ? (e: MouseEvent) => {
        e.preventDefault();
        onOpen(node);
      }
    : undefined;
  return (
    <a href={href} onClick={click} aria-label={`${node.id}, ${placeOf(node)}`}>
      {body}
    </a>
  );
}

/** Legend entries placed one after another, each as wide as its label (estimated like the layout does). */
function legendSpots(labels: readonly string[]): number[] {
  let x = 0;
  return labels.map((label) => {
    const at = x;
    x += 34 + label.length * 12.5 * M.charWidth + 26;
    return at;
  });
}

const legendWidth = (labels: readonly string[]) => (legendSpots([...labels, '']).at(-1) ?? 0) + 32;
const NODE_LEGEND = ['raggiunto dal controllo', 'mai raggiunto', '§ inizio di una sezione', '◆ finale (# ending)', 'il percorso del lettore'];
const EDGE_LEGEND = ['scelta (col suo testo)', 'scelta a condizione', 'salto (->)', 'tunnel (va e torna)'];

function Legend({ withRoute }: { withRoute: boolean }) {
  const box = (x: number, cls: string) => <rect className={`box ${cls}`} x={x} y={-11} width={26} height={16} rx={3} />;
  const marks = [
    <g className="node node--reached">{box(0, '')}</g>,
    <g className="node node--unreached">{box(0, '')}</g>,
    <g className="band"><rect x={0} y={-11} width={26} height={16} rx={3} /></g>,
    <g className="node node--ending">{box(0, '')}</g>,
    <g className="node node--route">{box(0, '')}</g>,
  ];
  const items = NODE_LEGEND.map((label, i) => [label, marks[i]] as const).slice(0, withRoute ? 5 : 4);
  const classes = ['edge edge--choice', 'edge edge--choice edge--conditional', 'edge edge--divert', 'edge edge--tunnel'];
  const lines = EDGE_LEGEND.map((label, i) => [label, classes[i]] as const);
  const top = legendSpots(items.map(([label]) => label));
  const bottom = legendSpots(EDGE_LEGEND);
  return (
    <g className="legend" transform="translate(16, 24)">
      {items.map(([label, mark], i) => (
        <g key={label} transform={`translate(${top[i]},0)`}>
          {mark}
          <text x={34} y={2} fontSize={12.5}>{label}</text>
        </g>
      ))}
      {lines.map(([label, cls], i) => (
        <g key={label} className={cls} transform={`translate(${bottom[i]},28)`}>
          <path d="M0,-3L26,-3" markerEnd={`url(#arrow-${cls.includes('choice') ? 'choice' : 'plain'})`} />
          <text x={34} y={2} fontSize={12.5}>{label}</text>
        </g>
      ))}
    </g>
  );
}

export function StoryMap({ map, route, nodeHref, onOpenNode }: StoryMapProps) {
  const onRoute = new Set(route ?? []);
  const here = route?.at(-1) ?? null;
  const width = Math.ceil(Math.max(map.width, legendWidth(route ? NODE_LEGEND : NODE_LEGEND.slice(0, 4)), legendWidth(EDGE_LEGEND)));
  const height = Math.ceil(map.height + M.legendHeight);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className="story-map"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-labelledby="story-map-title"
    >
      <title id="story-map-title">{`Mappa di «${map.title || map.slug}»`}</title>
      <style>{MAP_CSS}</style>
      <defs>
        {(['choice', 'plain'] as const).map((kind) => (
          <marker key={kind} id={`arrow-${kind}`} viewBox="0 0 10 10" refX={9} refY={5} markerWidth={7} markerHeight={7} orient="auto-start-reverse">
            <path className={`arrow--${kind}`} d="M0,0L10,5L0,10z" />
          </marker>
        ))}
      </defs>
      <rect className="bg" width={width} height={height} />
      <Legend withRoute={Boolean(route)} />
      <g transform={`translate(0,${M.legendHeight})`}>
        {map.clusters.map((c) => (
          <g key={c.knot} className="cluster">
            <rect x={c.x - c.width / 2} y={c.y - c.height / 2} width={c.width} height={c.height} rx={10} />
            <text x={c.x - c.width / 2 + 10} y={c.y - c.height / 2 + 16} fontSize={12}>{`=== ${c.knot} ===`}</text>
          </g>
        ))}
        {map.edges.map((edge, i) => (
          <Edge key={i} edge={edge} />
        ))}
        {map.nodes.map((node) => (
          <Node key={node.id} node={node} onRoute={onRoute.has(node.id)} here={node.id === here} href={nodeHref?.(node) ?? null} onOpen={onOpenNode} />
        ))}
      </g>
    </svg>
  );
}
