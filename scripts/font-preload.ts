// Vite plugin (build only): a <link rel=preload as=font> for the face the first line is set in, with
// its hashed URL, so the font is fetched alongside the script instead of after the CSS is parsed.
// Other faces are left to load when first used (font-display: swap; they never block a line).
// In the single file the fonts are inlined into the CSS, there is no asset to point at, and nothing is added.
import path from 'node:path';
import type { Plugin } from 'vite';

export function fontPreload(options: { files: string[] }): Plugin {
  let base = '/';
  return {
    name: 'font-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const assets = Object.values(ctx.bundle ?? {}).filter((a) => a.type === 'asset');
        return options.files.flatMap((file) => {
          const asset = assets.find((a) => a.originalFileNames.some((name) => path.basename(name) === file));
          if (!asset) return [];
          return [
            {
              tag: 'link',
              attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: base + asset.fileName, crossorigin: '' },
              injectTo: 'head' as const,
            },
          ];
        });
      },
    },
  };
}
