// Compiles .ink files in Node with inkjs's compiler. Used by the Vite plugin, the stories check and
// the tests; never by the player (readers get compiled JSON only).
import fs from 'node:fs';
import path from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import type { Stats } from 'inkjs/compiler/Stats';

export interface InkMessage {
  severity: 'error' | 'warning' | 'author';
  /** Path of the file, relative to the working directory (or absolute if outside it). */
  file: string;
  line: number;
  /** The ink compiler's own words, without its `ERROR: 'file' line N:` prefix. */
  text: string;
}

export interface CompileResult {
  /** Compiled story JSON, or null when there were errors. */
  json: string | null;
  messages: InkMessage[];
  /** Every file read: the episode and all its INCLUDEs (for watching). */
  files: string[];
  /** Inky's «word count and more» (words, knots, stitches, functions, choices, gathers, diverts); null when it did not parse. */
  stats: Stats | null;
  /** Knots declared `=== function name ===` (they are called, never visited). */
  functions: string[];
}

/** `stories/x.ink:12: error: Divert target not found` — the form editors and terminals link. */
export function formatMessage(m: InkMessage): string {
  return `${m.file}:${m.line}: ${m.severity}: ${m.text}`;
}

const SEVERITY = ['author', 'warning', 'error'] as const;
const MESSAGE = /^(?:ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING)?:?\s*(?:'([^']+)'\s+)?line (\d+):\s*([\s\S]*)$/;

/**
 * Compiles one episode file. INCLUDE paths are resolved relative to the including file.
 * Never throws for ink errors: they come back as messages with file and line.
 */
export function compileInkFile(file: string, options: { countAllVisits?: boolean } = {}): CompileResult {
  const root = path.resolve(file);
  const shown = (abs: string) => {
    const rel = path.relative(process.cwd(), abs);
    return rel.startsWith('..') ? abs : rel;
  };
  // The ink parser names each included file by the text of its INCLUDE line; map those back to paths.
  const byName = new Map<string, string>([[path.basename(root), root]]);
  const files = [root];
  const messages: InkMessage[] = [];

  const fileHandler = {
    ResolveInkFilename: (name: string, from?: string | null) => {
      const base = from ? path.dirname(byName.get(from) ?? root) : path.dirname(root);
      const abs = from ? path.resolve(base, name) : root;
      if (from) byName.set(name, abs);
      return abs;
    },
    LoadInkFileContents: (abs: string) => {
      files.push(abs);
      return fs.readFileSync(abs, 'utf8');
    },
  };
  const onMessage = (message: string, type: number) => {
    const match = MESSAGE.exec(message);
    const named = match?.[1] ? byName.get(match[1]) : root;
    const m: InkMessage = {
      severity: SEVERITY[type] ?? 'error',
      file: shown(named ?? root),
      line: match ? Number(match[2]) : 0,
      text: cleanText((match ? match[3] : message).trim()),
    };
    // A file INCLUDEd twice is parsed twice: its errors would come twice.
    if (!messages.some((o) => o.file === m.file && o.line === m.line && o.text === m.text)) messages.push(m);
  };

  let json: string | null = null;
  let stats: Stats | null = null;
  let functions: string[] = [];
  try {
    const source = fs.readFileSync(root, 'utf8');
    const compiler = new Compiler(source, new CompilerOptions(path.basename(root), [], options.countAllVisits ?? false, onMessage, fileHandler));
    const story = compiler.Compile();
    json = messages.some((m) => m.severity === 'error') ? null : (story.ToJson() ?? null);
    if (compiler.parsedStory) {
      stats = compiler.GenerateStats();
      // Functions are top-level knots (INCLUDEd files' knots are merged into the top level).
      const top = (compiler.parsedStory.content ?? []) as { isFunction?: boolean; identifier?: { name?: string } | null }[];
      functions = top.flatMap((k) => (k.isFunction && k.identifier?.name ? [k.identifier.name] : []));
    }
  } catch (e) {
    if (!messages.some((m) => m.severity === 'error')) {
      messages.push({ severity: 'error', file: shown(root), line: 0, text: (e as Error).message });
    }
  }
  return { json, messages, files, stats, functions };
}

/** `Failed to load: 'x.ink'.\nError:Error: ENOENT: no such file…` → one line that says which INCLUDE. */
function cleanText(text: string): string {
  const missing = /^Failed to load: '([^']+)'[\s\S]*ENOENT[\s\S]*?open '([^']+)'/.exec(text);
  if (missing) return `INCLUDE ${missing[1]}: no such file (${missing[2]})`;
  return text.replace(/\n\s*/g, ' ');
}
