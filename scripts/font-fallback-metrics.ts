// Prints the descriptors of the metric-matched fallback faces in src/styles/fonts.css: for Literata over
// Times New Roman (Liberation Serif has the same metrics) and Figtree over Arial (Liberation Sans),
// from the real font files as Chromium reads them: average advance over Italian text (→ size-adjust),
// the faces' ascent and descent (→ ascent-override / descent-override, divided by size-adjust, which
// Chromium applies to them too). Run: npx tsx scripts/font-fallback-metrics.ts (needs Liberation fonts).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const files = path.resolve('node_modules/@fontsource-variable');
const faces = {
  Literata: { file: `${files}/literata/files/literata-latin-wght-normal.woff2`, fallback: 'Liberation Serif' },
  Figtree: { file: `${files}/figtree/files/figtree-latin-wght-normal.woff2`, fallback: 'Liberation Sans' },
};
// Italian prose with capitals, accents and punctuation, as the episodes use them.
const SAMPLE =
  "Ho bisogno di una pausa. Sono entrato al 7-Eleven sotto casa: luci bianche, il frigo che ronza, e mi sono chiesto perché " +
  "Internet abbia vinto. Perché è così facile, dice l'autore, ed è già qui, in tasca, prima ancora che tu decida. «Continua», disse.";

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.setContent('<!doctype html><body></body>');
for (const [family, { file, fallback }] of Object.entries(faces)) {
  const data = [...fs.readFileSync(file)];
  // Sent as source text: the page gets no helper code from the TypeScript build.
  const m = (await page.evaluate(`(async () => {
    const face = new FontFace(${JSON.stringify(family)}, new Uint8Array(${JSON.stringify(data)}).buffer, { weight: '200 900' });
    document.fonts.add(await face.load());
    const ctx = document.createElement('canvas').getContext('2d');
    const measure = (f) => {
      ctx.font = '400 100px "' + f + '"';
      const t = ctx.measureText(${JSON.stringify(SAMPLE)});
      return { width: t.width, ascent: t.fontBoundingBoxAscent / 100, descent: t.fontBoundingBoxDescent / 100 };
    };
    return { web: measure(${JSON.stringify(family)}), local: measure(${JSON.stringify(fallback)}) };
  })()`)) as Record<'web' | 'local', { width: number; ascent: number; descent: number }>;
  const sizeAdjust = m.web.width / m.local.width;
  const pct = (n: number) => `${(n * 100).toFixed(2)}%`;
  console.log(`/* ${family} over ${fallback}: web ascent ${m.web.ascent.toFixed(3)} descent ${m.web.descent.toFixed(3)} */`);
  console.log(`  size-adjust: ${pct(sizeAdjust)};\n  ascent-override: ${pct(m.web.ascent / sizeAdjust)};\n  descent-override: ${pct(m.web.descent / sizeAdjust)};\n  line-gap-override: 0%;`);
}
await browser.close();
