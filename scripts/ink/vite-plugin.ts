// Vite plugin: `.ink` files import as compiled story JSON (a string, the default export);
// `virtual:episodes` lists stories/*.ink.
// Compile errors carry file:line into Vite's overlay and terminal, and fail `vite build`.
// In the dev server, editing a .ink file re-sends the compiled story to the open player without a
// page reload ('ink:update'), and adding, renaming or deleting an episode file re-sends the list
// of episodes ('ink:episodes'); src/main.tsx listens for both.
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileInkFile, formatMessage, type InkMessage } from './compiler.ts';
import { findEpisodes, readGlobalTags } from './episodes.ts';

const VIRTUAL = 'virtual:episodes';
const RESOLVED = '\0' + VIRTUAL;

/** The HMR event that carries a recompiled episode (`{ slug, json }`). */
export const INK_UPDATE_EVENT = 'ink:update';
/** The HMR event that carries the episode list after a file was added, renamed or deleted. */
export const INK_EPISODES_EVENT = 'ink:episodes';

/** An episode as the dev server announces it: `url` imports its compiled story. */
export interface LiveEpisode {
  slug: string;
  tags: string[];
  url: string;
}

/** A rename arrives as a delete and an add: one list is sent after both. */
const LIST_SETTLE_MS = 50;

export function inkPlugin(options: { storiesDir?: string } = {}): Plugin {
  let root = '';
  let storiesDir = '';
  // Which episode files read which .ink files, so editing an include recompiles its episodes.
  const readers = new Map<string, Set<string>>();

  const compile = (file: string) => {
    const result = compileInkFile(file);
    for (const f of result.files) {
      if (!readers.has(f)) readers.set(f, new Set());
      readers.get(f)!.add(file);
    }
    return result;
  };

  const firstError = (messages: InkMessage[]) => messages.find((m) => m.severity === 'error');
  const allErrors = (messages: InkMessage[]) =>
    messages.filter((m) => m.severity === 'error').map(formatMessage).join('\n');

  /** The URL an episode file is imported from: under the root, or through `/@fs/` when stories live elsewhere. */
  const urlOf = (file: string) => {
    const relative = path.relative(root, file);
    const inside = !relative.startsWith('..') && !path.isAbsolute(relative);
    return inside ? '/' + relative.split(path.sep).join('/') : '/@fs' + (file.startsWith('/') ? '' : '/') + file.split(path.sep).join('/');
  };

  const listEpisodes = () =>
    findEpisodes(storiesDir).map(({ slug, file }) => ({ slug, file, tags: readGlobalTags(fs.readFileSync(file, 'utf8')) }));

  const isEpisodeFile = (file: string) => file.endsWith('.ink') && path.dirname(path.resolve(file)) === storiesDir;

  // The list as last sent (or as the page got it from `virtual:episodes`), to send only changes.
  let listed = '';
  let listTimer: ReturnType<typeof setTimeout> | null = null;
  const sendEpisodes = (server: ViteDevServer) => {
    if (listTimer) clearTimeout(listTimer);
    listTimer = setTimeout(() => {
      listTimer = null;
      if (!fs.existsSync(storiesDir)) return; // the folder went away (a test's copy, removed with its server)
      const list = listEpisodes();
      const key = JSON.stringify(list.map(({ slug, tags }) => [slug, tags]));
      if (key === listed) return;
      listed = key;
      const manifest = server.moduleGraph.getModuleById(RESOLVED);
      if (manifest) server.moduleGraph.invalidateModule(manifest);
      // `?import` as Vite's own import rewriting adds for non-JS files; `t` so a file added again
      // under an old name is fetched anew, not taken from the page's module map.
      const stamp = Date.now();
      const data: LiveEpisode[] = list.map(({ slug, tags, file }) => ({ slug, tags, url: `${urlOf(file)}?import&t=${stamp}` }));
      server.config.logger.info(`ink: episodes ${list.map((e) => e.slug).join(', ') || '(none)'}`, { timestamp: true });
      server.ws.send({ type: 'custom', event: INK_EPISODES_EVENT, data });
    }, LIST_SETTLE_MS);
  };

  /** Recompiles the episodes that read `file`; sends each one that compiles, or the error with file:line. */
  const recompile = (file: string, server: ViteDevServer) => {
    const episodes = new Set(readers.get(file) ?? []);
    if (isEpisodeFile(file)) episodes.add(file);
    for (const episode of episodes) {
      if (!fs.existsSync(episode)) continue; // deleted: the list says so
      const { json, messages } = compile(episode);
      const error = firstError(messages);
      if (!json || error) {
        server.config.logger.error(allErrors(messages), { timestamp: true });
        server.ws.send({
          type: 'error',
          err: {
            message: allErrors(messages),
            stack: '',
            id: error ? path.resolve(error.file) : episode,
            loc: error ? { file: path.resolve(error.file), line: error.line, column: 0 } : undefined,
            plugin: 'ink',
          },
        });
        continue;
      }
      const slug = path.basename(episode, '.ink');
      for (const mod of server.moduleGraph.getModulesByFile(episode) ?? []) server.moduleGraph.invalidateModule(mod);
      server.config.logger.info(`ink: ${slug} recompiled`, { timestamp: true });
      server.ws.send({ type: 'custom', event: INK_UPDATE_EVENT, data: { slug, json } });
    }
  };

  return {
    name: 'ink',
    configResolved(config) {
      root = config.root;
      storiesDir = path.resolve(root, options.storiesDir ?? 'stories');
    },
    configureServer(server) {
      // Stories outside the root (a temporary copy in tests) are watched too, new files included.
      server.watcher.add(storiesDir);
      listed = JSON.stringify(listEpisodes().map(({ slug, tags }) => [slug, tags]));
    },
    // The dev server is closing: a list still waiting to be sent has nowhere to go.
    buildEnd() {
      if (listTimer) clearTimeout(listTimer);
      listTimer = null;
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : null;
    },
    load(id) {
      if (id === RESOLVED) {
        const entries = listEpisodes().map(({ slug, file, tags }) => {
          this.addWatchFile(file);
          return `{ slug: ${JSON.stringify(slug)}, tags: ${JSON.stringify(tags)}, load: () => import(${JSON.stringify(urlOf(file))}) }`;
        });
        return `export const episodes = [\n${entries.join(',\n')}\n];`;
      }
      const file = id.split('?')[0];
      if (!file.endsWith('.ink')) return null;
      const { json, messages, files } = compile(file);
      for (const f of files) this.addWatchFile(f);
      for (const m of messages) if (m.severity !== 'error') this.warn(formatMessage(m));
      const error = firstError(messages);
      if (!json || error) {
        this.error({
          message: allErrors(messages) || `${file}: compilation failed`,
          id: error ? path.resolve(error.file) : file,
          loc: error ? { file: path.resolve(error.file), line: error.line, column: 0 } : undefined,
        });
      }
      return { code: `export default ${JSON.stringify(json)};`, map: null };
    },
    // Every .ink change is handled here, and nothing else reacts to it: without this, a deleted
    // episode would reload the page (its module has no HMR boundary).
    hotUpdate({ file, server }) {
      if (!file.endsWith('.ink')) return;
      if (this.environment.name !== 'client') return [];
      // Created or deleted files matter too: an INCLUDE that appears, or one its episodes now miss.
      recompile(path.resolve(file), server);
      if (isEpisodeFile(file)) sendEpisodes(server); // added, deleted, or retitled
      return [];
    },
  };
}
