// Vite plugin (build only): when the page is opened on an episode's link, start fetching what that
// screen needs (engine, the episode's story, motion features) while the app's own script is still
// starting, instead of after it. An inline script in <head> adds the modulepreload links.
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { parseMeta } from '../src/engine/tags.ts';
import { readGlobalTags } from './ink/episodes.ts';

export function routePreload(options: { always: string[] }): Plugin {
  let base = '/';
  return {
    name: 'route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const url = (fileName: string) => base + fileName;
        const always = options.always.flatMap((suffix) => {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(suffix));
          return chunk ? [url(chunk.fileName)] : [];
        });
        // An episode is linked by its slug or by its number (see resolveSlug in src/app/route.ts).
        const byRoute: Record<string, string> = {};
        for (const c of chunks) {
          if (!c.facadeModuleId?.endsWith('.ink')) continue;
          const slug = path.basename(c.facadeModuleId, '.ink');
          const { episode } = parseMeta(readGlobalTags(fs.readFileSync(c.facadeModuleId, 'utf8')));
          byRoute[slug] = url(c.fileName);
          if (episode) byRoute[episode] = url(c.fileName);
        }
        const script = `(function () {
  var m = /^#\\/episodio\\/([^/?]+)/.exec(location.hash);
  var story = m && ${JSON.stringify(byRoute)}[decodeURIComponent(m[1])];
  if (!story) return;
  ${JSON.stringify(always)}.concat(story).forEach(function (href) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.appendChild(link);
  });
})();`;
        return [{ tag: 'script', children: script, injectTo: 'head-prepend' }];
      },
    },
  };
}
