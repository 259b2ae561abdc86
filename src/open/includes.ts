// Which picked .ink file is the story and which are its INCLUDEs (no compiler here: the page uses it too).

export interface SourceFile {
  /** The file's name as picked (`storia.ink`), or its path inside a picked folder. */
  name: string;
  text: string;
}

import type { CompileMessage } from './compile-ink';

/** `storia.ink:12: Divert target not found` — how the open page lists a message. */
export const formatCompileMessage = (m: CompileMessage) =>
  `${m.file}${m.line ? `:${m.line}` : ''}: ${m.severity === 'error' ? '' : `${m.severity}: `}${m.text}`;

const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;

/**
 * The file an INCLUDE names, among those picked: the same path, else the same file name (Inky writes
 * `INCLUDE parti/uno.ink`; a reader picking files one by one has `uno.ink`). Undefined when missing.
 */
export function findInclude(files: readonly SourceFile[], name: string): SourceFile | undefined {
  const wanted = name.trim().replace(/^\.\//, '');
  return files.find((f) => f.name === wanted) ?? files.find((f) => baseName(f.name) === baseName(wanted));
}

/**
 * The main file among those picked: the one no other file includes (the first such, by the order
 * given). A single file is its own main file.
 */
export function mainFile(files: readonly SourceFile[]): SourceFile | undefined {
  const included = new Set<SourceFile>();
  for (const f of files) {
    for (const m of f.text.matchAll(/^\s*INCLUDE\s+(.+?)\s*$/gm)) {
      const target = findInclude(files, m[1]);
      if (target && target !== f) included.add(target);
    }
  }
  return files.find((f) => !included.has(f)) ?? files[0];
}

