// The minimal episode in docs/authoring.md is one an author can copy: it compiles, passes the check,
// and plays to both of its named endings.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEpisode } from '../../scripts/ink/check';
import { loadCast } from '../helpers/stories';

const DOCS = path.resolve(__dirname, '../../docs/authoring.md');

function minimalEpisode(): string {
  const docs = fs.readFileSync(DOCS, 'utf8');
  const section = docs.indexOf('## A minimal episode that plays');
  const match = /```ink\n([\s\S]*?)```/.exec(docs.slice(section));
  if (section < 0 || !match) throw new Error('docs/authoring.md has no minimal episode');
  return match[1];
}

describe('the minimal episode in docs/authoring.md', () => {
  it('passes the stories check and reaches both of its endings', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sihv-docs-'));
    const file = path.join(dir, 'episodio-9.ink');
    fs.writeFileSync(file, minimalEpisode());
    const c = checkEpisode('episodio-9', file, loadCast());
    expect(c.errors).toEqual([]);
    expect(c.warnings).toEqual([]);
    expect(c.report?.endings.sort()).toEqual(['andare', 'restare']);
    expect(c.sections.map((s) => s.name)).toEqual(['Al banco']);
  });

  it('without its opening divert shows no line, and the check says so', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sihv-docs-'));
    const file = path.join(dir, 'episodio-9.ink');
    fs.writeFileSync(file, minimalEpisode().replace('-> inizio\n', ''));
    expect(checkEpisode('episodio-9', file, loadCast()).errors.join('\n')).toMatch(/no line/i);
  });
});
