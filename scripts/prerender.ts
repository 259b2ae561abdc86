// Vite plugin (build only): text before script. The home page and each episode's first screen are
// rendered at build time (src/prerender/render.tsx: React's server renderer, the app's components,
// the real engine computing the opening) and put into index.html as inert <template>s. What every page
// starts with (the skip link and the reader's header) is written into #root itself, so the first frame
// shows it before anything else has arrived, as Inky's export shows its title (scripts/critical-css.ts
// styles it inline). A small inline script after the templates clones the one the link asks for into
// #root (in the task after the header's own frame: see paintScript), so the first line is painted from
// the HTML before any module arrives; src/main.tsx then
// replaces it in one commit with the app's first render, which draws the same thing (see README: "Text
// before script").
//
// A returning reader's page is painted from a "last screen" snapshot the store writes next to the
// save (plain data in localStorage, built into DOM with textContent, never HTML from storage).
// Taps and keys on the pre-painted «Continua» are counted and replayed once by src/main.tsx.
import fs from 'node:fs';
import path from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { parseMeta } from '../src/engine/tags.ts';
import type { Cast } from '../src/engine/types.ts';
import { storageKeys, type EpisodeSource } from '../src/store/deps.ts';
import { MOTIONS, TEXT_SCALES, THEMES } from '../src/store/schemas.ts';
import { compileInkFile } from './ink/compiler.ts';
import { findEpisodes, readGlobalTags } from './ink/episodes.ts';

type RenderModule = typeof import('../src/prerender/render.tsx');

export interface PrerenderedPage {
  /** The template's id: `pre-home`, or `pre-e:<slug>`. */
  id: string;
  html: string;
  title: string;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Renders home and every episode's opening (the stories in `storiesDir`, compiled here). */
export async function prerenderPages(root: string, storiesDir: string): Promise<{ pages: PrerenderedPage[]; aliases: Record<string, string>; skipped: string[] }> {
  const { module: render } = await runnerImport<RenderModule>(path.join(root, 'src/prerender/render.tsx'), {
    root,
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
  });
  const cast = JSON.parse(fs.readFileSync(path.join(storiesDir, 'cast.json'), 'utf8')) as Cast;
  const files = findEpisodes(storiesDir);
  const episodes: EpisodeSource[] = files.map(({ slug, file }) => ({
    slug,
    tags: readGlobalTags(fs.readFileSync(file, 'utf8')),
    load: async () => {
      const { json } = compileInkFile(file);
      if (!json) throw new Error(`prerender: ${file} does not compile`);
      return { default: json };
    },
  }));
  const aliases: Record<string, string> = {};
  for (const e of episodes) {
    const { episode } = parseMeta(e.tags);
    if (episode && !episodes.some((other) => other.slug === episode)) aliases[episode] = e.slug;
  }
  const pages: PrerenderedPage[] = [{ id: 'pre-home', ...(await render.renderRoute('#/', episodes, cast)) }];
  const skipped: string[] = [];
  for (const e of episodes) {
    try {
      pages.push({ id: `pre-e:${e.slug}`, ...(await render.renderRoute(`#/episodio/${encodeURIComponent(e.slug)}`, episodes, cast)) });
    } catch (error) {
      // An episode that does not open is not painted: the app shows what goes wrong, as without a template.
      skipped.push(`${e.slug}: ${(error as Error).message}`);
    }
  }
  return { pages, aliases, skipped };
}

/**
 * The inline script at the top of <head>: the reader's saved theme, motion and text size on <html>
 * before anything is painted, so the header's frame (and a route the HTML does not paint) is drawn in
 * them, never in the defaults first. It accepts what the store's settings schema accepts (anything
 * else is left to the defaults, as the store does); the app applies the same settings once it runs.
 */
export const SETTINGS_SCRIPT = `try { (function () {
  var set = JSON.parse(localStorage.getItem(${JSON.stringify(storageKeys.settings)})), de = document.documentElement;
  if (!set || typeof set !== 'object') return;
  if (${JSON.stringify(THEMES)}.indexOf(set.theme) >= 0) de.dataset.theme = set.theme;
  if (${JSON.stringify(MOTIONS)}.indexOf(set.motion) >= 0) de.dataset.motion = set.motion;
  if (${JSON.stringify(TEXT_SCALES)}.indexOf(set.textScale) >= 0) de.style.setProperty('--text-scale', String(set.textScale));
})(); } catch (e) {}`;

/** Routes the HTML never paints: their #root is hidden and their app starts at once. */
export const UNPAINTED_ROUTES = '^#\\/(apri\\/?$|proietta\\/|presenta\\/|gruppi\\/|mappa\\/)';

/**
 * Also at the top of <head>: a route the HTML does not paint (#/apri, the workshop's views) hides #root,
 * which holds the readers' header, before any frame, until the app draws the route (src/main.tsx).
 * The start script then starts its modules at once (scripts/route-preload.ts).
 */
export const BARE_SCRIPT = `if (new RegExp(${JSON.stringify(UNPAINTED_ROUTES)}).test(location.hash)) document.documentElement.setAttribute('data-bare', '');`;

/**
 * The id of the header every pre-rendered page starts with (src/app/App.tsx). A render-blocking
 * `<link rel="expect">` names it, so the browser draws no frame until the header is parsed. Without
 * it, when the parser paused after <head>'s scripts and styles (it does so on its own, by time), a
 * blank frame came first and the header waited for the next one: traced at 4× CPU, 2 frames before
 * the first contentful paint in every load, 1 with it, and the style work before it 26.7 -> 21.3 ms
 * (14 cold loads each, interleaved); FCP 262 -> 248 ms in one such run and 258.6 -> 259.3 ms in
 * another, so not resolved. Browsers without `rel="expect"` ignore the link.
 */
export const HEADER_ID = 'app-header';

/**
 * What every pre-rendered page starts with, up to its <main>: the skip link and the reader's header
 * (the same on home and on every episode). Empty if the pages differ there: each template then holds
 * its whole page, as before.
 */
export function sharedShell(pages: PrerenderedPage[]): string {
  const first = pages[0]?.html ?? '';
  const shell = first.slice(0, Math.max(0, first.indexOf('<main')));
  return shell && pages.every((p) => p.html.startsWith(`${shell}<main`)) ? shell : '';
}

/**
 * The inline script after the templates (runs before any module, once the stylesheet is in): picks the
 * route's template, paints it into #root after the header, a returning reader's last screen over it,
 * and counts taps on «Continua» until the app takes over.
 * It leaves `window.__sihvPre` = { slug, fromStart, taps, live } for src/main.tsx.
 */
export function paintScript(aliases: Record<string, string>): string {
  // The painting is wrapped: whatever goes wrong there, the app's module still starts.
  const paint = `try { (function () {
  var h = location.hash, s = null, id, m, P, d = document, root = d.getElementById('root');
  if (new RegExp(${JSON.stringify(UNPAINTED_ROUTES)}).test(h)) return;
  m = /^#\\/episodio\\/([^/?]+)(\\?da-capo)?$/.exec(h);
  if (m) {
    try { s = decodeURIComponent(m[1]); } catch (e) { return; }
    s = ${JSON.stringify(aliases)}[s] || s;
    id = 'pre-e:' + s;
  } else id = 'pre-home';
  var t = d.getElementById(id);
  if (!t || !root) return;
  var ls = function (k) { try { return JSON.parse(localStorage.getItem(k)); } catch (e) { return null; } };
  // What #root holds already is the header every page starts with: the template is the rest.
  var shell = root.childNodes.length;
  root.appendChild(t.content.cloneNode(true));
  root.setAttribute('data-pre', id);
  d.title = t.getAttribute('data-title');
  if (!s) return;
  P = window.__sihvPre = { slug: s, fromStart: !!m[2], taps: 0, live: true };
  // Not the app's phase yet: tests and tools waiting for a ready scene wait for the app.
  var sc0 = root.querySelector('.scene');
  if (sc0) sc0.setAttribute('data-phase', 'pre');
  var snap = m[2] ? null : ls(${JSON.stringify(storageKeys.snapshot(''))} + s);
  try { if (snap) paint(snap); } catch (e) {
    while (root.childNodes.length > shell) root.removeChild(root.lastChild);
    root.appendChild(t.content.cloneNode(true));
  }
  function el(tag, cls, text) { var e = d.createElement(tag); e.className = cls; if (text != null) e.textContent = text; return e; }
  function paint(n) {
    var L = n.lines, i, l, div, sp, lines = root.querySelector('.page__lines'), sc = root.querySelector('.scene');
    if (n.v !== 1 || !Array.isArray(L) || !L.length || !lines || !sc) return;
    var out = [];
    for (i = 0; i < L.length; i++) {
      l = L[i];
      if (typeof l.text !== 'string' || !/^(speech|narration|choice)$/.test(l.kind)) return;
      div = el('div', 'line line--' + l.kind);
      div.setAttribute('data-line', String(+l.id));
      if (l.kind === 'speech') {
        div.style.setProperty('--cast', String(l.color));
        sp = el('p', 'line__speaker'); sp.appendChild(el('span', 'line__plate', String(l.speaker))); div.appendChild(sp);
      } else if (l.kind === 'narration' && !l.unvoiced) {
        sp = el('p', 'line__speaker line__speaker--author'); sp.appendChild(el('span', 'line__plate', "L'autore")); div.appendChild(sp);
      }
      if (l.kind === 'choice') {
        sp = el('p', 'line__text'); sp.appendChild(el('span', 'line__choice-label', 'Hai scelto:')); sp.appendChild(d.createTextNode(' ' + l.text)); div.appendChild(sp);
      } else div.appendChild(el('p', 'line__text', l.text));
      out.push(div);
    }
    lines.textContent = '';
    out.forEach(function (x) { lines.appendChild(x); });
    if (n.hidden > 0) lines.parentNode.insertBefore(el('button', 'page__earlier', n.hidden + ' righe prima di queste: apri la cronologia'), lines);
    if (n.phase !== 'reading') { var c = root.querySelector('.page__continue'); if (c) c.parentNode.removeChild(c); }
    sc.setAttribute('data-beats', String(+n.beats || 0));
    P.phase = n.phase;
  }
  var tap = function (e) {
    if (!P.live || P.phase && P.phase !== 'reading' || !root.querySelector('.continue')) return;
    if (e.type === 'keydown') {
      if (e.ctrlKey || e.metaKey || e.altKey || !/^( |Enter|ArrowRight)$/.test(e.key)) return;
      var a = d.activeElement;
      if (a && a !== d.body && !(a.classList && a.classList.contains('continue')) || e.repeat) return;
    } else {
      var x = e.target;
      if (!x.closest || !x.closest('.page') || x.closest('button, a, input, label') && !x.closest('.continue')) return;
    }
    e.preventDefault();
    P.taps++;
  };
  root.addEventListener('click', tap);
  addEventListener('keydown', tap);
})(); } catch (e) {}`;
  // The header, already in #root, is painted in a frame of its own, and the route's page is added in a
  // task after that frame. Otherwise the header waits for the whole first screen's frame whenever the
  // parser reads on through the templates before a frame (measured: the first contentful paint 1.36×
  // the export's, 20 cold loads at 4×, against 1.02× with this; the line reaches the DOM a frame later,
  // 0.67× -> 0.83×, and is painted at 0.94× -> 1.00×). On a network the stylesheet often holds the
  // parser before this script anyway, and the header gets its frame then. `data-pre-pending` tells the
  // start script not to start the app at DOMContentLoaded meanwhile (scripts/route-preload.ts).
  // The app's modules (scripts/route-preload.ts's __sihvStart: every one at once) start after the
  // page's own frame, so nothing but the HTML, the CSS and the font competes with it; at once when
  // nothing was painted.
  return `(function () {
  var d = document, root = d.getElementById('root');
  if (!root) return;
  // Runs f once, in a task after the next frame; at once where no frame will come (a hidden tab). A
  // frame that never comes (the tab hidden meanwhile) is not waited for; the first frame of a big page
  // on a slow phone can take a few hundred ms, so the timer is a last resort only.
  function afterFrame(f) {
    var done = false, once = function () { if (!done) { done = true; f(); } };
    if (d.visibilityState !== 'visible' || typeof requestAnimationFrame !== 'function') return once();
    requestAnimationFrame(function () { setTimeout(once, 0); });
    d.addEventListener('visibilitychange', once);
    setTimeout(once, 1500);
  }
  // Runs f once the page painted after the header is on screen: once the browser has recorded a
  // largest-contentful-paint entry outside the header, which it does when that frame was presented.
  // The frame having run (afterFrame) is not enough: its presentation came after the app's modules had
  // been asked for in about half of Lighthouse's runs, which then counted their download and evaluation
  // into the page's first line (LCP 0.9 s, or 1.8–2.6 s simulated, on one build). Where there is no such
  // entry to wait for (no LCP in this browser, a page whose largest text is the header's, the reader
  // acting first, which ends LCP), a reader's input or a short timer after the frame.
  function afterShown(f) {
    var done = false, po = null, header = d.getElementById(${JSON.stringify(HEADER_ID)});
    var once = function () { if (done) return; done = true; if (po) po.disconnect(); removeEventListener('pointerdown', once, true); removeEventListener('keydown', once, true); f(); };
    try {
      po = new PerformanceObserver(function (list) {
        if (list.getEntries().some(function (e) { return e.element && !(header && header.contains(e.element)); })) setTimeout(once, 0);
      });
      po.observe({ type: 'largest-contentful-paint', buffered: true });
    } catch (e) { po = null; }
    addEventListener('pointerdown', once, true);
    addEventListener('keydown', once, true);
    afterFrame(po ? function () { setTimeout(once, 250); } : once);
  }
  root.setAttribute('data-pre-pending', '');
  afterFrame(function () {
    root.removeAttribute('data-pre-pending');
    ${paint}
    var go = window.__sihvStart;
    if (go && root.hasAttribute('data-pre')) afterShown(go);
    else if (go) go();
  });
})();`;
}

export function prerender(options: { storiesDir?: string } = {}): Plugin {
  let root = '';
  let storiesDir = '';
  return {
    name: 'prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      storiesDir = path.resolve(root, options.storiesDir ?? 'stories');
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const { pages, aliases, skipped } = await prerenderPages(root, storiesDir);
        for (const why of skipped) this.warn(`not pre-rendered: ${why}`);
        const shell = sharedShell(pages);
        const templates = pages
          .map((p) => `<template id="${escapeAttr(p.id)}" data-title="${escapeAttr(p.title)}">${p.html.slice(shell.length)}</template>`)
          .join('');
        const marker = '<div id="root"></div>';
        if (!html.includes(marker)) throw new Error('prerender: index.html has no empty <div id="root"></div>');
        // The app's modules are started by the paint script (see paintScript and scripts/route-preload.ts).
        if (!html.includes('<head>') || !html.includes('</body>')) throw new Error('prerender: index.html has no <head> or </body>');
        // The first frame is the header: rendering waits until it is parsed (see HEADER_ID).
        const renderBlock = shell.includes(`id="${HEADER_ID}"`) ? `\n    <link rel="expect" href="#${HEADER_ID}" blocking="render">` : '';
        // The charset first: a browser looks for it in the first 1,024 bytes, and the script put before
        // it pushed it past them (to byte 3,970 with the module list, then in <head> too). Without it there, on a server that sends no
        // charset (or a file opened from disk), Firefox reloads the page once it finds the tag.
        const charset = /\s*<meta charset="[^"]+"\s*\/?>/i.exec(html);
        if (!charset) throw new Error('prerender: index.html has no <meta charset>');
        return html
          .replace(charset[0], '')
          .replace('<head>', `<head>\n    ${charset[0].trim()}\n    <script>${SETTINGS_SCRIPT}\n${BARE_SCRIPT}</script>${renderBlock}`)
          .replace(marker, `<div id="root">${shell}</div>${templates}`)
          // Last in <body>: after the start script, which defines what it calls (scripts/route-preload.ts).
          .replace('</body>', `<script>${paintScript(aliases)}</script>\n  </body>`);
      },
    },
  };
}
