// Vite plugin: `.ink` files import as compiled story JSON (a string, the default export);
// `virtual:episodes` lists stories/*.ink.
// Compile errors carry file:line into Vite's overlay and terminal, and fail `vite build`.
// Editing a .ink file re-sends the compiled story to the open player without a page reload.
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { compileInkFile, formatMessage, type InkMessage } from './compiler.ts';
import { findEpisodes, readGlobalTags } from './episodes.ts';

const VIRTUAL = 'virtual:episodes';
const RESOLVED = '\0' + VIRTUAL;

/** The HMR event that carries a recompiled episode (`{ slug, json }`); src/main.tsx listens for it. */
const INK_UPDATE_EVENT = 'ink:update';

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

  return {
    name: 'ink',
    configResolved(config) {
      root = config.root;
      storiesDir = path.resolve(root, options.storiesDir ?? 'stories');
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : null;
    },
    load(id) {
      if (id === RESOLVED) {
        const entries = findEpisodes(storiesDir).map(({ slug, file }) => {
          this.addWatchFile(file);
          const tags = readGlobalTags(fs.readFileSync(file, 'utf8'));
          const url = '/' + path.relative(root, file).split(path.sep).join('/');
          return `{ slug: ${JSON.stringify(slug)}, tags: ${JSON.stringify(tags)}, load: () => import(${JSON.stringify(url)}) }`;
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
    handleHotUpdate({ file, server: s }) {
      if (!file.endsWith('.ink')) return;
      const episodes = new Set(readers.get(file) ?? []);
      if (path.dirname(file) === storiesDir) episodes.add(file);
      for (const episode of episodes) {
        const { json, messages } = compile(episode);
        const error = firstError(messages);
        if (!json || error) {
          s.config.logger.error(allErrors(messages), { timestamp: true });
          s.ws.send({
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
        for (const mod of s.moduleGraph.getModulesByFile(episode) ?? []) s.moduleGraph.invalidateModule(mod);
        s.config.logger.info(`ink: ${slug} recompiled`, { timestamp: true });
        s.ws.send({ type: 'custom', event: INK_UPDATE_EVENT, data: { slug, json } });
      }
      // Episodes added or retitled change the list; the home page reads it on its next import.
      const manifest = s.moduleGraph.getModuleById(RESOLVED);
      if (manifest) s.moduleGraph.invalidateModule(manifest);
      return [];
    },
  };
}
