// Vite plugin (build only): when the app's modules start downloading, all at once (no waterfall).
//
// Vite puts the entry's <script> and a modulepreload link for each of its static imports into <head>,
// so they download alongside the HTML, the blocking CSS and the roman font, and their bytes and
// compilation compete with the first paint. On a route the HTML paints (scripts/prerender.ts), the
// first line needs none of them. This plugin takes those tags out of the HTML and puts their list in a
// small inline script at the end of <body>, which defines `__sihvStart()`: one call inserts every
// module the route needs as modulepreload links at once (the entry and its static imports; on an
// episode's link also the engine and that episode's story chunk), then the entry's <script>.
//   - A route that paints nothing (#/apri, the workshop's views, an unknown episode) starts at once,
//     when the parser reaches the script (before the stylesheet's link, so not held by it). All of
//     them but an unknown episode are marked <html data-bare> from <head> (scripts/prerender.ts).
//   - A painted route is started by the paint script after the painted frame; if nothing was painted
//     after all (no template, the paint failed), at DOMContentLoaded.
// Not in <head>: there the list (2 KB of JSON and a RegExp per route) was parsed and run before the
// header's first frame. At the end of <body>, behind the templates, traced on the built site at 4×
// CPU, 20 interleaved cold loads: the main thread's CPU time before the first contentful paint 66.3 →
// 54.6 ms (parse 28.9 → 23.8, style 14.6 → 11.8, layout 9.5 → 6.8). The paint's wall time itself
// moved within the machine's noise (283 → 271 ms in one run of 24 loads, 245 → 261 ms in another).
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { parseMeta } from '../src/engine/tags.ts';
import { readGlobalTags } from './ink/episodes.ts';

/** A route's own modules: started with the app's when `location.hash` matches `hash`. */
export interface RouteModules {
  /** A RegExp source, matched against `location.hash`. */
  hash: string;
  /** The first group of `hash` is an episode's slug or number: its story chunk is started too. */
  story?: boolean;
  /** Source files (suffixes, e.g. `src/engine/run.ts`) whose chunks, and their static imports, the route needs at once. */
  modules: string[];
}

/** What the start script holds: the entry, its static imports, each route's chunks and each episode's chunk. */
export interface ModuleStart {
  entry: string;
  /** The entry and its static imports (every route). */
  app: string[];
  routes: { hash: string; modules: string[]; story: boolean }[];
  /** An episode's story chunk by slug and by number. */
  stories: Record<string, string>;
}

const MARK = '/*sihv-modules*/';

/** The module lists of a built index.html (for the bench's sizes and the build tests). */
export function moduleStartOf(html: string): ModuleStart {
  const at = html.indexOf(MARK);
  if (at < 0) throw new Error('index.html has no module start script');
  const json = html.slice(at + MARK.length, html.indexOf(MARK, at + MARK.length));
  return JSON.parse(json) as ModuleStart;
}

/** What `hash` starts, as the start script computes it (for the bench and the tests). */
export function modulesFor(start: ModuleStart, hash: string): string[] {
  for (const route of start.routes) {
    const m = new RegExp(route.hash).exec(hash);
    if (!m) continue;
    const story = route.story && m[1] ? start.stories[decodeURIComponent(m[1])] : undefined;
    if (route.story && !story) return start.app;
    return [...start.app, ...route.modules, ...(story ? [story] : [])];
  }
  return start.app;
}

/** The inline start script (at the end of <body>, before the paint script). */
export function startScript(modules: ModuleStart): string {
  return `(function () {
  var M = ${MARK}${JSON.stringify(modules)}${MARK}, d = document, h = location.hash, started = false;
  var list = M.app, story = null, known = true, i, r, m;
  for (i = 0; i < M.routes.length; i++) {
    r = M.routes[i];
    m = new RegExp(r.hash).exec(h);
    if (!m) continue;
    if (r.story && m[1]) {
      try { story = M.stories[decodeURIComponent(m[1])]; } catch (e) {}
      known = !!story;
    }
    // An episode that does not exist: the app alone, to say so.
    if (known) list = list.concat(r.modules, story ? [story] : []);
    break;
  }
  var start = window.__sihvStart = function () {
    if (started) return;
    started = true;
    list.forEach(function (href) {
      var l = d.createElement('link');
      l.rel = 'modulepreload';
      l.crossOrigin = '';
      l.href = href;
      d.head.appendChild(l);
    });
    var s = d.createElement('script');
    s.type = 'module';
    s.crossOrigin = '';
    s.src = M.entry;
    d.head.appendChild(s);
  };
  // A route the HTML does not paint (marked data-bare from <head>: scripts/prerender.ts), or an episode
  // it has no page for: at once.
  if (d.documentElement.hasAttribute('data-bare') || !known) return start();
  // Else the paint script starts us after the painted frame; at DOMContentLoaded if it painted nothing
  // and is not about to (it paints the route's page a frame after the header: data-pre-pending).
  d.addEventListener('DOMContentLoaded', function () {
    var root = d.getElementById('root');
    if (!root || !root.hasAttribute('data-pre') && !root.hasAttribute('data-pre-pending')) start();
  }, { once: true });
})();`;
}

export function routePreload(options: { routes: RouteModules[] }): Plugin {
  let base = '/';
  return {
    name: 'route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const url = (fileName: string) => base + fileName;
        // Vite's tags for the entry: taken out of the HTML, started by the script instead.
        const entryTag = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
        if (!entryTag) throw new Error('route-preload: index.html has no entry module script');
        const app: string[] = [entryTag[1]];
        const rest = html.replace(entryTag[0], '').replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g, (_tag, href: string) => {
          if (!app.includes(href)) app.push(href);
          return '';
        });
        // A chunk and what it imports statically, but for what the app has started already.
        const closure = (fileName: string, into: string[]) => {
          if (app.includes(url(fileName)) || into.includes(url(fileName))) return;
          into.push(url(fileName));
          for (const imported of chunks.find((c) => c.fileName === fileName)?.imports ?? []) closure(imported, into);
        };
        const routes = options.routes.map((route) => {
          const modules: string[] = [];
          for (const suffix of route.modules) {
            const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(suffix));
            if (!chunk) throw new Error(`route-preload: no chunk for ${suffix}`);
            closure(chunk.fileName, modules);
          }
          return { hash: route.hash, modules, story: route.story ?? false };
        });
        // An episode is linked by its slug or by its number (see resolveSlug in src/app/route.ts).
        const stories: Record<string, string> = {};
        for (const c of chunks) {
          if (!c.facadeModuleId?.endsWith('.ink')) continue;
          const slug = path.basename(c.facadeModuleId, '.ink');
          const { episode: number } = parseMeta(readGlobalTags(fs.readFileSync(c.facadeModuleId, 'utf8')));
          stories[slug] = url(c.fileName);
          if (number) stories[number] = url(c.fileName);
        }
        const script = startScript({ entry: entryTag[1], app, routes, stories });
        return { html: rest, tags: [{ tag: 'script', children: script, injectTo: 'body' }] };
      },
    },
  };
}
