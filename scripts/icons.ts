// Renders the app's icons (public/*.png) from the SVG marks in scripts/icons/ with the system Chromium.
// The PNGs are committed; run again after changing a mark: `npx tsx scripts/icons.ts`.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const mark = (name: string) => fs.readFileSync(path.join(root, 'scripts/icons', name), 'utf8');

/** Each PNG: its file in public/, its size, and its mark (rounded on transparency, or full-bleed). */
const ICONS = [
  { file: 'icon-192.png', size: 192, svg: 'mark.svg' },
  { file: 'icon-512.png', size: 512, svg: 'mark.svg' },
  { file: 'icon-maskable-192.png', size: 192, svg: 'mark-maskable.svg' },
  { file: 'icon-maskable-512.png', size: 512, svg: 'mark-maskable.svg' },
  // iOS rounds the corners itself and wants no transparency.
  { file: 'apple-touch-icon.png', size: 180, svg: 'mark-maskable.svg' },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  fs.mkdirSync(path.join(root, 'public'), { recursive: true });
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    const svg = mark(icon.svg).replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
    await page.screenshot({ path: path.join(root, 'public', icon.file), omitBackground: true });
    await page.close();
    console.log(`public/${icon.file}  ${icon.size}×${icon.size}`);
  }
} finally {
  await browser.close();
}
