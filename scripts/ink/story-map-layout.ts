// Lays the story map's graph out with dagre (Node only: the page receives the result as JSON, so the
// reader's bundle and even the dev page never load dagre). Text is wrapped here, because box sizes
// must be known before the layout; widths are estimated from character counts (no browser to measure),
// generously, so a line never spills out of its box.
import dagre from '@dagrejs/dagre';
import type { LaidOutCluster, LaidOutEdge, LaidOutMap, LaidOutNode, MapEdge, MapNode, StoryGraph } from '../../src/components/map/map-types';
import { MAP_METRICS as M } from '../../src/components/map/metrics.ts';

/** Splits text into lines of at most `max` characters, at spaces; at most `maxLines` (the last clipped with …). */
export function wrap(text: string, max: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const piece = word.length > max ? `${word.slice(0, max - 1)}…` : word;
    if (!line) line = piece;
    else if (line.length + 1 + piece.length <= max) line += ` ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  kept[maxLines - 1] = last.length + 1 > max ? `${last.slice(0, max - 1)}…` : `${last}…`;
  return kept;
}

const charsIn = (width: number, fontSize: number) => Math.floor(width / (fontSize * M.charWidth));

/** The box of a node: its wrapped first line and its height (the renderer draws rows in this order). */
export function nodeBox(node: MapNode): { textLines: string[]; width: number; height: number } {
  if (node.kind === 'start' || node.kind === 'end') return { textLines: [], width: M.terminalWidth, height: M.terminalHeight };
  const textLines = node.firstLine ? wrap(node.firstLine, charsIn(M.nodeWidth - 2 * M.pad, M.textSize), M.maxTextLines) : [];
  const height =
    M.pad +
    node.sections.length * M.bandHeight +
    M.titleHeight +
    Math.max(1, textLines.length) * M.textLine +
    node.endings.length * M.endingHeight +
    M.fileHeight +
    M.pad;
  return { textLines, width: M.nodeWidth, height };
}

/** The label of a choice edge, wrapped; fallback and conditional choices say so. */
export function edgeLabel(edge: MapEdge): string[] {
  if (edge.kind !== 'choice') return [];
  const text = edge.fallback ? '(quando non restano scelte)' : edge.label || '(scelta senza testo)';
  return wrap(edge.conditional ? `se…: ${text}` : text, charsIn(M.labelWidth, M.labelSize), M.maxLabelLines);
}

export function layoutGraph(graph: StoryGraph, meta: { slug: string; title: string; checked: boolean }): LaidOutMap {
  const g = new dagre.graphlib.Graph({ multigraph: true, compound: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, edgesep: 14, ranksep: 46, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));

  const boxes = new Map(graph.nodes.map((n) => [n.id, nodeBox(n)]));
  for (const node of graph.nodes) {
    const box = boxes.get(node.id)!;
    g.setNode(node.id, { width: box.width, height: box.height });
  }
  // A knot with stitches is framed with them (a dagre cluster), so each knot reads as one block.
  const framed = new Set(graph.nodes.filter((n) => n.kind === 'stitch').map((n) => n.knot));
  for (const knot of framed) {
    g.setNode(`cluster:${knot}`, { width: 0, height: 0, paddingTop: M.clusterTitle });
    for (const node of graph.nodes) if (node.knot === knot) g.setParent(node.id, `cluster:${knot}`);
  }
  const labels = graph.edges.map(edgeLabel);
  graph.edges.forEach((edge, k) => {
    const lines = labels[k];
    const width = lines.length ? Math.max(...lines.map((l) => l.length)) * M.labelSize * M.charWidth + 2 * M.labelPad : 0;
    const height = lines.length ? lines.length * M.labelLine + 2 * M.labelPad : 0;
    // Choices weigh more: the layout keeps a branch's options straight below it.
    g.setEdge(edge.from, edge.to, { width, height, labelpos: 'c', weight: edge.kind === 'choice' ? 2 : 1, minlen: 1 }, `e${k}`);
  });

  dagre.layout(g);

  const nodes: LaidOutNode[] = graph.nodes.map((node) => {
    const at = g.node(node.id);
    const box = boxes.get(node.id)!;
    return { ...node, x: at.x ?? 0, y: at.y ?? 0, width: box.width, height: box.height, textLines: box.textLines };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: LaidOutEdge[] = graph.edges.map((edge, k) => {
    const at = g.edge(edge.from, edge.to, `e${k}`);
    const lines = labels[k];
    if (edge.from === edge.to) {
      // dagre draws a loop as a line out and back over itself: drawn here as a loop on the right side.
      const n = byId.get(edge.from)!;
      const right = n.x + n.width / 2;
      const loop = [
        { x: right, y: n.y - 12 },
        { x: right + 30, y: n.y - 22 },
        { x: right + 30, y: n.y + 22 },
        { x: right, y: n.y + 12 },
      ];
      const width = at.width ?? 0;
      return { ...edge, points: loop, labelLines: lines, labelBox: lines.length ? { x: right + 36 + width / 2, y: n.y, width, height: at.height ?? 0 } : null };
    }
    return {
      ...edge,
      points: (at.points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y })),
      labelLines: lines,
      labelBox: lines.length ? { x: at.x ?? 0, y: at.y ?? 0, width: at.width ?? 0, height: at.height ?? 0 } : null,
    };
  });
  const clusters: LaidOutCluster[] = [...framed].map((knot) => {
    const at = g.node(`cluster:${knot}`);
    return { knot, x: at.x ?? 0, y: at.y ?? 0, width: at.width ?? 0, height: at.height ?? 0 };
  });
  const size = g.graph();
  return { ...meta, width: size.width ?? 0, height: size.height ?? 0, nodes, edges, clusters };
}
