// Compiles .ink text with inkjs's compiler, in the browser (inside the open page's worker) or in Node
// (tests). INCLUDEs are resolved among the files the reader picked together; nothing is fetched.
import { Compiler, CompilerOptions } from 'inkjs/full';
import { findInclude, mainFile } from './includes';

export type { SourceFile } from './includes';
import type { SourceFile } from './includes';

export interface CompileMessage {
  severity: 'error' | 'warning' | 'author';
  file: string;
  line: number;
  text: string;
}

export interface CompileOutcome {
  /** The compiled story JSON, or null when there were errors. */
  json: string | null;
  messages: CompileMessage[];
}

const SEVERITY = ['author', 'warning', 'error'] as const;
// inkjs's words: `ERROR: 'storia.ink' line 12: Divert target not found`.
const MESSAGE = /^(?:ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING)?:?\s*(?:'([^']+)'\s+)?line (\d+):\s*([\s\S]*)$/;

/** Compiles the picked files (the main one found by `mainFile`). Never throws: errors are messages. */
export function compileInk(files: readonly SourceFile[]): CompileOutcome {
  const main = mainFile(files);
  if (!main) return { json: null, messages: [{ severity: 'error', file: '', line: 0, text: 'Nessun file .ink da compilare.' }] };
  const messages: CompileMessage[] = [];
  const fileHandler = {
    ResolveInkFilename: (name: string) => name,
    LoadInkFileContents: (name: string) => {
      const found = findInclude(files, name);
      if (!found) {
        throw new Error(`manca il file «${name}»: sceglilo insieme a ${main.name} (puoi selezionare più file insieme)`);
      }
      return found.text;
    },
  };
  const onMessage = (message: string, type: number) => {
    const match = MESSAGE.exec(message);
    messages.push({
      severity: SEVERITY[type] ?? 'error',
      file: match?.[1] ?? main.name,
      line: match ? Number(match[2]) : 0,
      // A missing INCLUDE comes back as "Failed to load: 'x'.\nError:Error: <our words>": keep ours.
      text: (match ? match[3] : message).replace(/^Failed to load: '[^']*'\.\s*Error:\s*(?:Error:\s*)?/, '').trim(),
    });
  };
  let json: string | null = null;
  try {
    const compiler = new Compiler(main.text, new CompilerOptions(main.name, [], false, onMessage, fileHandler));
    const story = compiler.Compile();
    json = messages.some((m) => m.severity === 'error') ? null : (story?.ToJson() ?? null);
  } catch (e) {
    if (!messages.some((m) => m.severity === 'error')) messages.push({ severity: 'error', file: main.name, line: 0, text: (e as Error).message });
  }
  return { json, messages };
}
