// A tiny static server on loopback for the benchmark, one for both pages (our built site and the Inky
// export), compressing text with gzip as any static host would. Compressed bodies are cached, so the
// server's own work is the same small cost for every request of both pages.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

const COMPRESSIBLE = /text|javascript|json|svg|manifest/;

/** An empty page on the same origin: a cold load starts its renderer there (see versus.ts, coldLoad). */
export const BLANK_PATH = '/__blank.html';

export async function serve(mounts: Record<string, string>): Promise<{ url: string; close: () => Promise<void> }> {
  const gzipped = new Map<string, { mtime: number; body: Buffer }>();
  const gzipOf = (file: string): Buffer => {
    const mtime = fs.statSync(file).mtimeMs;
    const hit = gzipped.get(file);
    if (hit && hit.mtime === mtime) return hit.body;
    const body = zlib.gzipSync(fs.readFileSync(file));
    gzipped.set(file, { mtime, body });
    return body;
  };
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pathname === BLANK_PATH) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end('<!doctype html><title></title>');
      return;
    }
    const prefix = Object.keys(mounts).sort((a, b) => b.length - a.length).find((p) => pathname.startsWith(p));
    const root = prefix !== undefined ? mounts[prefix] : undefined;
    let file = root ? path.join(root, pathname.slice(prefix!.length)) : '';
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!root || !file.startsWith(root) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      headers['content-encoding'] = 'gzip';
      res.writeHead(200, headers).end(gzipOf(file));
      return;
    }
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
