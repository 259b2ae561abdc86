// `npm run stories:map` on a stories folder of its own: one SVG and one HTML page per episode.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const STORIES = path.join(ROOT, 'tests/fixtures/map');
let out: string;
let printed: string;

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'story-maps-'));
  printed = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/stories-map.ts', STORIES, '--out', out], { cwd: ROOT, encoding: 'utf8' });
}, 60_000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('stories:map', () => {
  it('writes <slug>.svg and <slug>.html for every episode, and says so', () => {
    expect(fs.readdirSync(out).sort()).toEqual(['mappa.html', 'mappa.svg']);
    expect(printed).toMatch(/✓ mappa: 10 nodes, \d+ edges, 1 unreached/);
  });

  it('the SVG stands alone: XML with its own style, the nodes, the legend', () => {
    const svg = fs.readFileSync(path.join(out, 'mappa.svg'), 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('style')?.textContent).toContain('light-dark(');
    expect([...doc.querySelectorAll('[data-node]')].map((n) => n.getAttribute('data-node'))).toContain('dentro.sala');
    expect(doc.querySelector('[data-node="nascosto"]')?.getAttribute('class')).toContain('node--unreached');
    expect(svg).toContain('mai raggiunto');
  });

  it('the HTML page lists every node with a link to its file:line', () => {
    const html = fs.readFileSync(path.join(out, 'mappa.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('h1')?.textContent).toBe('Mappa di «Una mappa di prova»');
    const row = doc.getElementById('nodo-coda');
    const link = row?.querySelector('a');
    expect(link?.textContent).toBe('coda.ink:2');
    // Relative to the page's folder, so it works from disk.
    expect(path.resolve(out, link!.getAttribute('href')!.replace(/#L\d+$/, ''))).toBe(path.join(STORIES, 'shared/coda.ink'));
    expect(link?.getAttribute('href')).toMatch(/#L2$/);
    expect(doc.getElementById('nodo-dentro')?.textContent).toContain('<script>alert(1)</script>');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });
});
