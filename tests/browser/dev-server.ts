// For the live-edit tests: `npm run dev`'s server (vite.config.ts as is) over a temporary copy of
// stories/, which the tests edit, add to and delete from as an author would.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');

export interface DevServer {
  url: string;
  /** The temporary stories folder the server plays. */
  storiesDir: string;
  read: (file: string) => string;
  write: (file: string, text: string) => void;
  remove: (file: string) => void;
  rename: (from: string, to: string) => void;
  close: () => Promise<void>;
}

export async function startDevServer(): Promise<DevServer> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'sihv-live-'));
  const storiesDir = path.join(temp, 'stories');
  fs.cpSync(path.join(root, 'stories'), storiesDir, { recursive: true });
  // vite.config.ts reads it when the server is created (see inkPlugin's storiesDir).
  const before = process.env.SIHV_STORIES_DIR;
  process.env.SIHV_STORIES_DIR = storiesDir;
  let server: ViteDevServer;
  try {
    server = await createServer({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'warn',
      // Its own optimized-deps cache: other servers on this tree must not rewrite it under us.
      cacheDir: path.join(temp, 'vite-cache'),
      server: {
        host: '127.0.0.1',
        port: 0,
        // Only the stories copy is watched: edits to the source tree made meanwhile (by people
        // working on it) must not hot-reload the page under test.
        watch: { ignored: [(file: string) => file === root || file.startsWith(root + path.sep)] },
      },
    });
  } finally {
    if (before === undefined) delete process.env.SIHV_STORIES_DIR;
    else process.env.SIHV_STORIES_DIR = before;
  }
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the dev server did not say where it listens');
  const at = (file: string) => path.join(storiesDir, file);
  return {
    url,
    storiesDir,
    read: (file) => fs.readFileSync(at(file), 'utf8'),
    write: (file, text) => fs.writeFileSync(at(file), text),
    remove: (file) => fs.rmSync(at(file)),
    rename: (from, to) => fs.renameSync(at(from), at(to)),
    close: async () => {
      await server.close();
      fs.rmSync(temp, { recursive: true, force: true });
    },
  };
}
