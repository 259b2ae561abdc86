import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile, formatMessage } from '../../scripts/ink/compiler';
import { FIXTURES_DIR, STORIES_DIR } from '../helpers/stories';

const ROOT = path.resolve(__dirname, '../..');

/** A throwaway stories folder with the given files (and the real cast). */
function storiesWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stories-'));
  fs.copyFileSync(path.join(STORIES_DIR, 'cast.json'), path.join(dir, 'cast.json'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('ink compiler', () => {
  it('reports an error inside an included file with that file and line', () => {
    const { json, messages } = compileInkFile(path.join(FIXTURES_DIR, 'broken.ink'));
    expect(json).toBeNull();
    const error = messages.find((m) => m.severity === 'error')!;
    expect(formatMessage(error)).toBe(
      "tests/fixtures/shared/broken-part.ink:3: error: Divert target not found: '-> nessun_posto'",
    );
  });

  it('resolves INCLUDE relative to the including file and lists every file read', () => {
    const dir = storiesWith({
      'ep.ink': 'INCLUDE parti/a.ink\n-> a\n',
      'parti/a.ink': 'INCLUDE b.ink\n== a\nDa A.\n-> b\n',
      'parti/b.ink': '== b\nDa B.\n-> END\n',
    });
    const { json, messages, files } = compileInkFile(path.join(dir, 'ep.ink'));
    expect(messages).toEqual([]);
    expect(json).toContain('Da B.');
    expect(files.map((f) => path.relative(dir, f))).toEqual(['ep.ink', 'parti/a.ink', 'parti/b.ink']);
  });
});

describe('npm run stories:check', () => {
  const check = (dir: string) => {
    try {
      return { code: 0, out: execFileSync('npx', ['tsx', 'scripts/check-stories.ts', dir], { cwd: ROOT, encoding: 'utf8' }) };
    } catch (e) {
      const err = e as { status: number; stdout: string };
      return { code: err.status, out: err.stdout };
    }
  };

  it('exits non-zero with file:line for a broken episode', () => {
    const dir = storiesWith({ 'rotto.ink': 'Inizio.\n-> da_nessuna_parte\n' });
    const { code, out } = check(dir);
    expect(code).toBe(1);
    expect(out).toMatch(/rotto\.ink:2: error: Divert target not found/);
  }, 30_000);

  it('reports dead ends, unknown speakers and tags, and unreached knots, with counts', () => {
    const dir = storiesWith({
      'ep.ink': [
        '# title: Prova',
        'barista: Un caffè? # colore: rosso',
        '* [Sì] -> si',
        '* [No] -> no',
        '== si',
        'cappotto: Grazie. # ending: grazie',
        '-> END',
        '== no',
        'valigetta: Allora niente.',
        '-> vuoto',
        '== vuoto',
        'E qui finisce il filo.',
        '== mai',
        'Nessuno arriva qui.',
        '-> END',
      ].join('\n'),
    });
    const { code, out } = check(dir);
    expect(code).toBe(1);
    expect(out).toMatch(/unknown-speaker: unknown speaker 'barista'/);
    expect(out).toMatch(/unknown-tag: unknown tag '# colore: rosso'/);
    expect(out).toMatch(/dead end: .*ran out of content.*\(after: No\)/);
    expect(out).toMatch(/never reached: mai/);
    expect(out).toMatch(/\d+ lines, 1 choice points, 1 endings \(grazie\)\n\s+1 routes explored through 1 distinct choice states/);
  }, 30_000);
});
