// The precache check in scripts/pwa.ts: a build whose service worker would leave out a file fails.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadableFiles, precachedUrls, pwaOptions } from '../../scripts/pwa';

let dir = '';
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function site(files: string[]): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwa-check-'));
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), 'x');
  }
  return dir;
}

const check = (outDir: string) => {
  const transform = pwaOptions({ disable: false, outDir: () => outDir }).workbox!.manifestTransforms![0];
  return (urls: string[]) => transform(urls.map((url) => ({ url, revision: null, size: 1 })));
};

describe('the precache check', () => {
  const files = ['index.html', 'assets/index-a1.js', 'assets/episodio-4-b2.js', 'assets/index-c3.css', 'icon-192.png', 'manifest.webmanifest', 'sw.js', 'workbox-d4.js', 'assets/index-a1.js.map'];

  it('lists what the app can load: not the worker, Workbox or source maps', () => {
    expect(loadableFiles(site(files))).toEqual(['assets/episodio-4-b2.js', 'assets/index-a1.js', 'assets/index-c3.css', 'icon-192.png', 'index.html', 'manifest.webmanifest']);
  });

  it('passes when every such file is precached (the manifest is added by the plugin)', async () => {
    const urls = ['index.html', 'assets/index-a1.js', 'assets/episodio-4-b2.js', 'assets/index-c3.css', 'icon-192.png'];
    expect(await check(site(files))(urls)).toMatchObject({ manifest: expect.any(Array) });
  });

  it('fails the build, naming the file, when one would be skipped (a new type, or too big)', async () => {
    const urls = ['index.html', 'assets/index-a1.js', 'assets/index-c3.css', 'icon-192.png'];
    await expect(async () => check(site([...files, 'fonts/serif.woff3']))(urls)).rejects.toThrow(/assets\/episodio-4-b2\.js, fonts\/serif\.woff3/);
  });

  it('reads the precached URLs from a built sw.js, minified or not', () => {
    site([]);
    fs.writeFileSync(path.join(dir, 'sw.js'), 'e.precacheAndRoute([{url:"index.html",revision:"abc"},{url:"assets/a-1.js",revision:null}],{})');
    expect(precachedUrls(dir)).toEqual(['assets/a-1.js', 'index.html']);
    fs.writeFileSync(path.join(dir, 'sw.js'), 'precacheAndRoute([{\n  "url": "index.html",\n  "revision": "abc"\n}, {\n  "url": "b.png",\n  "revision": null\n}])');
    expect(precachedUrls(dir)).toEqual(['b.png', 'index.html']);
  });
});
