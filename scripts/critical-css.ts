// Vite plugin (build only): the first screen's CSS inline, the whole stylesheet without blocking.
// The rules a pre-rendered page needs (home and each episode's opening, as scripts/prerender.ts puts
// them into <template>s) go into a <style> in <head>; the bundle's stylesheet is then added by a
// script, so no fetch stands between the HTML and the first paint, and the inline paint script (which
// a pending stylesheet would hold back) runs as soon as it is parsed.
// The deferred sheet is the whole stylesheet, unchanged: it comes after the inline rules and repeats
// them in their order, so once it applies every computed style is exactly what it was with one sheet.
// A rule is "needed" when one of its selectors matches the page with a template painted, in any theme
// and motion setting, or matches the lines the paint script builds for a returning reader. Downloaded
// faces are not: the first frame is set in the metric-matched local faces (see fonts.css).
import { JSDOM } from 'jsdom';
import postcss, { type AtRule, type Root, type Rule } from 'postcss';
import type { Plugin } from 'vite';

// The lines the paint script may build from a returning reader's snapshot (scripts/prerender.ts),
// each tried as the newest line on the page (rules style the newest as `:last-child`), with the
// «earlier lines» button it puts before the list.
const SNAPSHOT_LINES = [
  '<div class="line line--narration"><p class="line__speaker line__speaker--author"><span class="line__plate"></span></p><p class="line__text"></p></div>',
  '<div class="line line--narration"><p class="line__text"></p></div>',
  '<div class="line line--choice"><p class="line__text"><span class="line__choice-label"></span></p></div>',
  '<div class="line line--speech"><p class="line__speaker"><span class="line__plate"></span></p><p class="line__text"></p></div>',
];
const EARLIER = '<button class="page__earlier"></button>';

// States a reader brings to the first frame: the paint script sets these on <html> from the settings.
const ROOT_STATES: Record<string, string>[] = ['system', 'light', 'dark'].flatMap((theme) =>
  ['system', 'full', 'reduced'].map((motion) => ({ 'data-theme': theme, 'data-motion': motion })),
);

// Interaction and element pseudos say nothing about whether the element is on the page: dropped to match.
const DYNAMIC = /::?(?:before|after|placeholder|marker|selection|backdrop|first-line|first-letter|-webkit-[\w-]+|-moz-[\w-]+)|:(?:hover|focus-visible|focus-within|focus|active|visited|target|checked|disabled|enabled|placeholder-shown)(?![\w-])/g;

/**
 * The pages to match against: for each template, a document with it painted into #root as the HTML
 * paints it (the scene's phase `pre`), and for an episode one more per snapshot line, that line alone
 * and newest, as a returning reader's page is painted.
 */
function pagesOf(html: string): Document[] {
  const templates = [...html.matchAll(/<template id="([^"]+)"[^>]*>([\s\S]*?)<\/template>/g)];
  const shell = html.replace(/<template[\s\S]*?<\/template>/g, '').replace(/<script[\s\S]*?<\/script>/g, '');
  const painted = (id: string, body: string, lines?: string) => {
    const { document } = new JSDOM(shell).window;
    const root = document.getElementById('root')!;
    root.innerHTML = body;
    root.setAttribute('data-pre', id);
    root.querySelector('.scene')?.setAttribute('data-phase', 'pre');
    const list = root.querySelector('.page__lines');
    if (list && lines !== undefined) {
      list.innerHTML = lines;
      list.insertAdjacentHTML('beforebegin', EARLIER);
    }
    return document;
  };
  return templates.flatMap(([, id, body]) => [
    painted(id, body),
    ...(body.includes('page__lines') ? SNAPSHOT_LINES.map((line) => painted(id, body, line)) : []),
  ]);
}

function matchesAny(pages: Document[], selector: string): boolean {
  const bare = selector.replace(DYNAMIC, '').trim() || '*';
  // Only a selector that reads the root's settings needs trying in each of them.
  const states = /data-(theme|motion)/.test(bare) ? ROOT_STATES : [{}];
  for (const doc of pages) {
    for (const state of states) {
      for (const [k, v] of Object.entries(state)) doc.documentElement.setAttribute(k, v);
      try {
        if (doc.querySelector(bare)) return true;
      } catch {
        return true; // a selector the matcher does not know: kept, never guessed away
      }
    }
  }
  return false;
}

/** The rules of `css` the pages use, in their order (at-rules kept around them; faces dropped). */
export function criticalRules(css: string, html: string): string {
  const pages = pagesOf(html);
  if (!pages.length) return '';
  const root: Root = postcss.parse(css);
  // Faces that download wait for idle (src/app/type-ready.ts); the local, metric-matched ones stay.
  root.walkAtRules('font-face', (at: AtRule) => {
    if (/url\(/.test(at.toString())) at.remove();
  });
  root.walkAtRules('media', (at: AtRule) => {
    if (/^print\b/.test(at.params.trim())) at.remove();
  });
  root.walkRules((rule: Rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name)) return;
    const kept = rule.selectors.filter((s) => matchesAny(pages, s));
    if (!kept.length) rule.remove();
    else rule.selectors = kept;
  });
  // At-rules left without rules (a @media whose rules all went) are dropped too.
  root.walkAtRules((at: AtRule) => {
    if (at.nodes && !at.nodes.length) at.remove();
  });
  return root.toString();
}

const escapeForStyle = (css: string) => css.replace(/<\/style/gi, '<\\/style');

export function criticalCss(): Plugin {
  return {
    name: 'critical-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const link = /<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>\n?/.exec(html);
        if (!link || !html.includes('<template id="pre-')) return html; // the single file: nothing pre-rendered
        const asset = Object.values(ctx.bundle ?? {}).find((a) => a.type === 'asset' && link[1].endsWith(a.fileName));
        if (!asset || asset.type !== 'asset') return html;
        const critical = criticalRules(String(asset.source), html);
        const href = JSON.stringify(link[1]);
        // Inserted by script: a stylesheet added so does not block rendering; <noscript> has the link as it was.
        const load = `<script>(function () { var l = document.createElement('link'); l.rel = 'stylesheet'; l.href = ${href}; l.crossOrigin = ''; document.head.appendChild(l); })();</script>`;
        return html.replace(link[0], `<style data-critical>${escapeForStyle(critical)}</style>\n    ${load}\n    <noscript>${link[0].trim()}</noscript>\n`);
      },
    },
  };
}
