// Vite plugin (build only): the first frame is the header, painted with inline CSS; the rest of the
// page comes with the stylesheet.
// scripts/prerender.ts writes the header every page starts with into #root, then the templates and the
// paint script. This plugin puts the rules the header needs into a <style> in <head> and moves the
// bundle's stylesheet link into <body>, after the templates, right before the paint script. The browser
// paints the header while it reads the templates and the sheet downloads (the preload scanner asks for
// it from the HTML's first bytes), and the pending sheet holds back the paint script (a script waits
// for the stylesheets before it), which puts the opening on the page once the sheet is in: styled, and
// in one frame. That is the shape of Inky's web export, whose title paints while its scripts arrive.
// Measured at 4× CPU, our median / the export's: first contentful paint 1.72× → about 0.96×, the first
// line painted at about 1.0×. (Before, the whole first screen's rules were inline, 20 KB, and its first
// frame was the whole screen: style and layout of ~170 elements before anything showed. With the link
// right after the header, the header's frame often came after the parser had applied the whole sheet,
// and paid for it: 1.08–1.13×.)
// The sheet is the whole stylesheet, unchanged: it comes after the inline rules and repeats them in
// their order, so once it applies the header's computed style is exactly what it was.
// A rule is "needed" when one of its selectors matches the header, in any theme and motion setting
// (or on a route the HTML does not paint, which hides #root: see route-preload.ts). Downloaded faces
// are not: the first frame is set in the metric-matched local faces (see fonts.css).
import { JSDOM } from 'jsdom';
import postcss, { type AtRule, type Root, type Rule } from 'postcss';
import type { Plugin } from 'vite';
import { MOTIONS, THEMES } from '../src/store/schemas.ts';

// States a reader brings to the first frame: prerender.ts's script in <head> sets these on <html>.
const ROOT_STATES: Record<string, string>[] = [
  ...THEMES.flatMap((theme) => MOTIONS.map((motion) => ({ 'data-theme': theme, 'data-motion': motion }))),
  { 'data-bare': '' },
];

// Interaction and element pseudos say nothing about whether the element is on the page: dropped to match.
const DYNAMIC = /::?(?:before|after|placeholder|marker|selection|backdrop|first-line|first-letter|-webkit-[\w-]+|-moz-[\w-]+)|:(?:hover|focus-visible|focus-within|focus|active|visited|target|checked|disabled|enabled|placeholder-shown)(?![\w-])/g;

/** The page as the first frame has it: the HTML without its templates and scripts (#root holds the header). */
function firstFrameOf(html: string): Document {
  const page = html.replace(/<template[\s\S]*?<\/template>/g, '').replace(/<script[\s\S]*?<\/script>/g, '');
  return new JSDOM(page).window.document;
}

function matchesAny(doc: Document, selector: string): boolean {
  const bare = selector.replace(DYNAMIC, '').trim() || '*';
  // Only a selector that reads the root's states needs trying in each of them.
  const states = /data-(theme|motion|bare)/.test(bare) ? ROOT_STATES : [{}];
  const html = doc.documentElement;
  for (const state of states) {
    for (const name of [...html.getAttributeNames()]) if (name.startsWith('data-')) html.removeAttribute(name);
    for (const [k, v] of Object.entries(state)) html.setAttribute(k, v);
    try {
      if (doc.querySelector(bare)) return true;
    } catch {
      return true; // a selector the matcher does not know: kept, never guessed away
    }
  }
  return false;
}

/** The rules of `css` the first frame uses, in their order (at-rules kept around them; faces dropped). */
export function criticalRules(css: string, html: string): string {
  const page = firstFrameOf(html);
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
    const kept = rule.selectors.filter((s) => matchesAny(page, s));
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
        // After #root (the header), the templates and the start script, right before the paint script
        // (the last in <body>, scripts/prerender.ts): see the top of this file. The start script is not
        // held back by the sheet, so a route the HTML does not paint starts its modules at once.
        const beforePaint = html.lastIndexOf('<script>');
        if (beforePaint < html.lastIndexOf('</template>')) throw new Error('critical-css: no paint script after the templates');
        const withStyle = html.slice(0, beforePaint).replace(link[0], `<style data-critical>${escapeForStyle(critical)}</style>\n`);
        return `${withStyle}${link[0].trim()}${html.slice(beforePaint)}`;
      },
    },
  };
}
