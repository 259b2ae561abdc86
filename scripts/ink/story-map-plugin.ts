// Dev server only: serves each episode's story map, laid out, at /__story-map/<slug>.json for the
// page `#/mappa/<slug>`. The layout is computed here (dagre never reaches the browser) and kept per
// compile: the same compiled JSON is never laid out twice. The check's colours come from a child
// process (see story-map-check.ts); when they are ready the page is told with 'story-map:checked'.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { LaidOutMap, MapResponse } from '../../src/components/map/map-types';
import { compileInkFile, formatMessage } from './compiler.ts';
import { findEpisodes } from './episodes.ts';
import { mapCompiled } from './story-map-episode.ts';

interface Entry {
  hash: string;
  map: LaidOutMap;
  check: { unreached: string[]; note: string | null } | 'running' | 'failed';
}

const ROUTE = /^\/__story-map\/([^/]+)\.json$/;

export function storyMapPlugin(options: { storiesDir?: string } = {}): Plugin {
  let storiesDir = '';
  let root = '';
  const cache = new Map<string, Entry>();
  const children = new Set<ReturnType<typeof spawn>>();

  const startCheck = (server: ViteDevServer, slug: string, entry: Entry, json: string) => {
    const castFile = path.join(storiesDir, 'cast.json');
    if (!fs.existsSync(castFile)) {
      entry.check = 'failed';
      return;
    }
    const jsonFile = path.join(os.tmpdir(), `story-map-${process.pid}-${entry.hash}.json`);
    fs.writeFileSync(jsonFile, json);
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/ink/story-map-check.ts'), jsonFile, castFile], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code, signal) => {
      children.delete(child);
      fs.rmSync(jsonFile, { force: true });
      if (signal) return; // stopped with the server
      try {
        entry.check = code === 0 ? JSON.parse(out) : 'failed';
      } catch {
        entry.check = 'failed';
      }
      if (entry.check === 'failed') server.config.logger.warn(`story map: the check of ${slug} failed (exit ${code})\n${err.slice(-2000)}`);
      if (cache.get(slug) === entry) server.ws.send({ type: 'custom', event: 'story-map:checked', data: { slug } });
    });
  };

  const answer = (server: ViteDevServer, slug: string): MapResponse | null => {
    const episode = findEpisodes(storiesDir).find((e) => e.slug === slug);
    if (!episode) return null;
    // Compiled with every visit counted, so the check also sees stitches that print nothing.
    const compiled = compileInkFile(episode.file, { countAllVisits: true });
    if (!compiled.json) return { ok: false, errors: compiled.messages.filter((m) => m.severity === 'error').map(formatMessage) };
    const hash = crypto.createHash('sha1').update(compiled.json).update(compiled.files.join('\n')).digest('hex').slice(0, 16);
    let entry = cache.get(slug);
    if (!entry || entry.hash !== hash) {
      entry = { hash, map: mapCompiled(slug, compiled.json, compiled.files), check: 'running' };
      cache.set(slug, entry);
      startCheck(server, slug, entry, compiled.json);
    }
    const check = entry.check;
    if (typeof check === 'string') return { ok: true, map: entry.map, checking: check === 'running', note: check === 'failed' ? 'Il controllo non è riuscito: nodi senza colore.' : null };
    const unreached = new Set(check.unreached);
    const map = { ...entry.map, checked: true, nodes: entry.map.nodes.map((n) => ({ ...n, reached: n.id === ':end' ? null : !unreached.has(n.id) })) };
    return { ok: true, map, checking: false, note: check.note };
  };

  return {
    name: 'story-map',
    apply: 'serve',
    configResolved(config) {
      root = config.root;
      storiesDir = path.resolve(root, options.storiesDir ?? 'stories');
    },
    // The server is closing: no check outlives it.
    buildEnd() {
      for (const child of children) child.kill();
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = ROUTE.exec((req.url ?? '').split('?')[0]);
        if (!match) return next();
        let body: MapResponse | null;
        try {
          body = answer(server, decodeURIComponent(match[1]));
        } catch (e) {
          body = { ok: false, errors: [(e as Error).message] };
        }
        res.statusCode = body ? 200 : 404;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(JSON.stringify(body ?? { ok: false, errors: [`no episode '${match[1]}'`] }));
      });
    },
  };
}
