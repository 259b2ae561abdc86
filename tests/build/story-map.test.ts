// The story map: the graph read from a compiled fixture, its layout, and the SVG drawn from it.
import fs from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { StoryMap } from '../../src/components/map/StoryMap';
import type { LaidOutMap, MapEdge, StoryGraph } from '../../src/components/map/map-types';
import { compileInkFile } from '../../scripts/ink/compiler';
import { findDeclarations, storyGraph } from '../../scripts/ink/story-map';
import { layoutGraph, wrap } from '../../scripts/ink/story-map-layout';

const FIXTURE = path.resolve(__dirname, '../fixtures/map/mappa.ink');
const CODA = path.resolve(__dirname, '../fixtures/map/shared/coda.ink');

let graph: StoryGraph;
let json: string;
const sources = () => [FIXTURE, CODA].map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
const edge = (from: string, to: string) => graph.edges.filter((e) => e.from === from && e.to === to);
const node = (id: string) => graph.nodes.find((n) => n.id === id);
const choice = (label: string): MapEdge | undefined => graph.edges.find((e) => e.kind === 'choice' && e.label === label);

beforeAll(() => {
  const compiled = compileInkFile(FIXTURE);
  expect(compiled.messages.filter((m) => m.severity === 'error')).toEqual([]);
  json = compiled.json!;
  graph = storyGraph({ json, sources: sources(), unreached: ['nascosto'] });
});

describe('story map graph', () => {
  it('has a node per knot and stitch, across INCLUDEd files, and none for functions', () => {
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(
      [':end', ':start', 'coda', 'dentro', 'dentro.domanda', 'dentro.sala', 'finale', 'fuga', 'ingresso', 'nascosto'].sort(),
    );
    expect(node('conta')).toBeUndefined();
  });

  it('links each node to the line it is declared on, in its own file', () => {
    expect([node('ingresso')?.file, node('ingresso')?.line]).toEqual([FIXTURE, 11]);
    expect([node('dentro.sala')?.file, node('dentro.sala')?.line]).toEqual([FIXTURE, 23]);
    expect([node('coda')?.file, node('coda')?.line]).toEqual([CODA, 2]);
    expect(findDeclarations(sources()).find((d) => d.id === 'conta')?.isFunction).toBe(true);
  });

  it('names each node with its first line, the one every reader meets', () => {
    expect(node('ingresso')?.firstLine).toBe('anna: Bussiamo?');
    expect(node('dentro')?.firstLine).toBe('<script>alert(1)</script> & altro');
    expect(node('coda')?.firstLine).toBe('Fine della prova.');
  });

  it('draws choices as edges labelled with the text the reader sees', () => {
    expect(choice('Bussare piano')).toMatchObject({ from: 'ingresso', to: 'dentro', conditional: false, sticky: false });
    // `* Spingere[ la porta] con forza -> dentro.sala`: start and choice-only text, not what follows.
    expect(choice('Spingere la porta')).toMatchObject({ from: 'ingresso', to: 'dentro.sala' });
    expect(choice('Riprovare')).toMatchObject({ from: 'ingresso', to: 'ingresso', conditional: true, sticky: false });
    expect(edge('ingresso', 'fuga')).toEqual([expect.objectContaining({ kind: 'choice', fallback: true, label: '' })]);
    expect(choice('Restare')).toMatchObject({ from: 'dentro.sala', to: 'finale' });
    // A choice whose branch runs on (~ tentativi++) before its divert.
    expect(choice('Tornare indietro')).toMatchObject({ from: 'dentro.sala', to: 'ingresso', sticky: true });
  });

  it('draws diverts and tunnels as plain edges, and the start and the end', () => {
    expect(edge(':start', 'ingresso')).toEqual([expect.objectContaining({ kind: 'divert', label: '' })]);
    expect(edge('dentro', 'dentro.sala')).toEqual([expect.objectContaining({ kind: 'divert' })]);
    expect(edge('dentro.sala', 'dentro.domanda')).toEqual([expect.objectContaining({ kind: 'tunnel' })]);
    expect(edge('fuga', 'coda')).toHaveLength(1);
    expect(edge('coda', ':end')).toHaveLength(1);
    // A function call is no edge.
    expect(graph.edges.some((e) => e.to === 'conta' || e.from === 'conta')).toBe(false);
  });

  it('marks sections, endings with their names, and what the check did not reach', () => {
    expect(node('ingresso')?.sections).toEqual(['La porta']);
    expect(node('finale')?.sections).toEqual(['La fine']);
    expect(node('fuga')?.endings).toEqual([{ id: 'fuga', name: 'Di corsa fuori' }]);
    expect(node('finale')?.endings).toEqual([{ id: 'resta', name: 'Resta' }]);
    expect(node('nascosto')?.reached).toBe(false);
    expect(node('ingresso')?.reached).toBe(true);
    expect(storyGraph({ json, sources: sources() }).nodes.every((n) => n.reached === null)).toBe(true);
  });
});

describe('story map layout and drawing', () => {
  let map: LaidOutMap;
  let svg: string;
  beforeAll(() => {
    map = layoutGraph(graph, { slug: 'mappa', title: 'Una mappa di prova', checked: true });
    svg = renderToStaticMarkup(createElement(StoryMap, { map, nodeHref: (n) => (n.file ? `src#L${n.line}` : null) }));
  });

  it('wraps text at spaces and clips what does not fit', () => {
    expect(wrap('uno due tre quattro', 8, 3)).toEqual(['uno due', 'tre', 'quattro']);
    expect(wrap('uno due tre quattro cinque', 8, 2)).toEqual(['uno due', 'tre…']);
  });

  it('places every node without overlaps, and every edge along points', () => {
    const boxes = map.nodes;
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    for (const e of map.edges) expect(e.points.length).toBeGreaterThanOrEqual(2);
    expect(map.clusters.map((c) => c.knot)).toEqual(['dentro']);
  });

  it('draws the nodes, the choice labels, the legend and the file:line links', () => {
    for (const id of ['ingresso', 'dentro.sala', 'coda', 'nascosto']) expect(svg).toContain(`data-node="${id}"`);
    expect(svg).toContain('>Bussare piano<');
    expect(svg).toContain('Spingere la porta');
    expect(svg).toContain('se…: Riprovare');
    expect(svg).toContain('(quando non restano scelte)');
    expect(svg).toContain('§ La porta');
    expect(svg).toContain('◆ finale «Di corsa fuori»');
    expect(svg).toContain('mai raggiunto');
    for (const entry of ['raggiunto dal controllo', 'scelta (col suo testo)', 'tunnel (va e torna)']) expect(svg).toContain(entry);
    expect(svg).toContain('mappa.ink:11');
    expect(svg).toContain('coda.ink:2');
    expect(svg).toContain('href="src#L11"');
  });

  it('shows story text as text: a line with <script> is escaped, never markup', () => {
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    const dentro = doc.querySelector('[data-node="dentro"]');
    expect(dentro?.textContent).toContain('<script>alert(1)</script> &');
  });

  it('marks the reader\'s route and where the reader is', () => {
    const marked = renderToStaticMarkup(createElement(StoryMap, { map, route: ['ingresso', 'dentro', 'dentro.sala'] }));
    const doc = new DOMParser().parseFromString(marked, 'image/svg+xml');
    const onRoute = [...doc.querySelectorAll('.node--route')].map((n) => n.getAttribute('data-node'));
    expect(onRoute.filter(Boolean).sort()).toEqual(['dentro', 'dentro.sala', 'ingresso']);
    expect(doc.querySelector('[data-node="dentro.sala"]')?.textContent).toContain('sei qui');
    expect(marked).toContain('il percorso del lettore');
  });
});
