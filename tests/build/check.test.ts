import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEpisode, formatCheck, NO_CAST, type CheckOptions } from '../../scripts/ink/check';
import { FIXTURES_DIR, loadCast } from '../helpers/stories';

const ROOT = path.resolve(__dirname, '../..');
const DIR = path.join(FIXTURES_DIR, 'check');
const cast = loadCast();
const check = (name: string, options: CheckOptions = {}) => checkEpisode(name, path.join(DIR, `${name}.ink`), cast, options);

/** `npm run stories:check -- ARGS`: exit code and what it printed (the time per episode blanked). */
function cli(...args: string[]): { code: number; out: string } {
  const run = (): { code: number; out: string } => {
    try {
      return { code: 0, out: execFileSync('npx', ['tsx', 'scripts/check-stories.ts', ...args], { cwd: ROOT, encoding: 'utf8' }) };
    } catch (e) {
      const err = e as { status: number; stdout: string };
      return { code: err.status, out: err.stdout };
    }
  };
  const { code, out } = run();
  return { code, out: out.replace(/· \d+ ms/g, '· N ms').replace(/\([\d.]+ s\)/g, '(N s)') };
}

describe('stories:check on stories that used to fool it', () => {
  it('fails a dead end that only one order of visits reaches (TURNS_SINCE)', () => {
    const c = check('turns-since');
    expect(c.errors).toEqual([expect.stringMatching(/^dead end: .*ran out of content.* \(after: Al forno → All’edicola → Basta giri\)$/)]);
    expect(formatCheck(c)).toContain('  ✗ dead end:');
  });

  it('fails a dead end that only one of the seeds draws, naming the seed; prints the seeds', () => {
    const c = check('random');
    expect(c.errors).toEqual([expect.stringMatching(/^dead end: .* \(seed 2, after: Tirare\)$/)]);
    expect(formatCheck(c)).toContain('  seeds 1, 2, 3: RANDOM and shuffles draw the same on every run');
    expect(check('random', { seeds: 1 }).errors).toEqual([]);
  });

  it('reports a dead end ten choices deep in a story larger than the state budget', () => {
    const c = check('deep', { maxStates: 2000 });
    expect(c.errors).toEqual([expect.stringContaining(`(after: ${Array(10).fill('Avanti').join(' → ')})`)]);
    expect(c.warnings).toContain('explored in part: stopped after 2000 distinct choice states; raise --max-states to explore further; what lies beyond is not checked (--time S for a longer budget)');
   }, 30_000);

  it('a 16 KB story with heavy LIST logic finishes within its time budget and says what it covered', () => {
    const started = Date.now();
    const c = check('lists', { timeMs: 2000 });
    expect(Date.now() - started).toBeLessThan(2000 + 4000); // compiling, and one stretch past the budget on a busy machine
    expect(c.errors).toEqual([]);
    expect(c.warnings[0]).toBe('explored in part: stopped after 2 s; what lies beyond is not checked (--time S for a longer budget)');
    const out = formatCheck(c);
    expect(out).toMatch(/^lists \(.*lists\.ink\) · \d+ ms$/m);
    expect(out).toMatch(/ {2}explored in part \(stopped after 2 s\): \d+ of 19 knots and stitches reached \(\d+%\), \d+ of \d+ choice states found were played \(\d+%\), every route checked up to \d+ choices?/);
    expect(out).toMatch(/! not reached within the bounds: chiusura\.\w+/);
    expect(out).not.toMatch(/never reached/);
  }, 20_000);

  it('fails an episode that shows no line (no opening divert)', () => {
    const c = check('no-opening');
    expect(c.errors).toEqual(['the episode shows no line: does the file start by diverting to its first knot (-> start)?']);
  });
});

describe('stories:check: what it reports', () => {
  it('warns about exits that cannot take effect, with where and after which choices', () => {
    const c = check('exits');
    expect(c.errors).toEqual([]);
    expect(c.warnings).toEqual([
      '# exit: cappotto does nothing: cappotto is not on stage here, in bar (from the start)',
      '# exit: valigetta does nothing: valigetta is not on stage here, in bar (from the start)',
      '# exit: autore does nothing: autore is a voice and never stands on stage, in bar (from the start)',
    ]);
  });

  it('never reports a function as an unreached knot, even one nobody calls', () => {
    const c = check('functions');
    expect(c.errors).toEqual([]);
    expect(c.warnings).toEqual(['never reached: retro']);
    expect(c.report!.functions).toEqual(['mai_chiamata', 'saluta', 'somma', 'suona']);
  });

  it('our stories are strict about unknown tags and speakers; a story from elsewhere (--foreign) gets warnings', () => {
    const strict = check('foreign');
    expect(strict.errors).toEqual([
      "unknown-tag: unknown tag '# mood: grim' in shore (from the start)",
      "unknown-tag: unknown tag '# sfx: wind' in shore (from the start)",
      `unknown-speaker: unknown speaker 'keeper' in "keeper: The lamp went out at 3:00 again." in shore (from the start)`,
      `unknown-speaker: unknown speaker 'keeper' in "keeper: Still warm." in shore (after: Check the lamp)`,
    ]);
    const foreign = checkEpisode('foreign', path.join(DIR, 'foreign.ink'), NO_CAST, { foreign: true });
    expect(foreign.errors).toEqual([]);
    expect(foreign.warnings).toEqual(strict.errors);
    expect(formatCheck(foreign)).toContain('  ✓ ok');
  });

  it('ends a route at Inky’s RESTART, as the player starts again there: what follows is never read', () => {
    const c = check('restart', { foreign: true });
    expect(c.errors).toEqual([]);
    expect(c.report?.endings.sort()).toEqual(['restart', expect.stringContaining('inizio')].sort());
    expect(c.report?.texts).not.toContain('Questa riga non si legge mai: la storia riparte prima.');
    expect(c.warnings.join('\n')).toMatch(/dopo/);
  });

  it('prints a missing INCLUDE once, in one line with file:line', () => {
    const c = check('missing-include');
    expect(c.report).toBeNull();
    expect(c.errors).toEqual([expect.stringMatching(/^tests\/fixtures\/check\/missing-include\.ink:2: error: INCLUDE parti\/non-esiste\.ink: no such file \(.*non-esiste\.ink\)$/)]);
  });

  it('prints each syntax error once, even from a file included twice', () => {
    const c = check('syntax');
    expect(c.errors).toEqual([
      "tests/fixtures/check/parti/rotta.ink:2: error: Expected some kind of logic, conditional or sequence within braces: { ... } but saw '.'",
      "tests/fixtures/check/parti/rotta.ink:2: error: Expected end of line but saw '{.'",
      "tests/fixtures/check/syntax.ink:7: error: Expected closing ']' for weave-style option but saw '-> fine'",
    ]);
  });

  it('counts words (Inky’s count of the source, and on the shortest and longest route) and what the source holds', () => {
    const c = check('words');
    expect(c.stats).toMatchObject({ knots: 1, stitches: 0, functions: 0, choices: 2, gathers: 0 });
    const out = formatCheck(c);
    expect(out).toContain(`  words: ${c.stats!.words} in the source, 10 in the lines reached; 4 on the shortest route, 9 on the longest (about 1 min)`);
    expect(out).toMatch(/ {2}1 knot, 0 stitches, 0 functions, 2 choices, 0 gathers, \d+ diverts/);
    expect(out).toContain('  explored completely: 1 of 1 knots and stitches reached, every choice state played');
  });
});

describe('npm run stories:check on files', () => {
  it('gives the same report on every run, with the seeds; --seeds 1 explores one seed', () => {
    const file = 'tests/fixtures/check/random.ink';
    const first = cli(file, '--cast', 'stories/cast.json');
    expect(first.code).toBe(1);
    expect(first.out).toContain('(seed 2, after: Tirare)');
    expect(cli(file, '--cast', 'stories/cast.json')).toEqual(first);
    const one = cli(file, '--cast', 'stories/cast.json', '--seeds', '1');
    expect(one.code).toBe(0);
    expect(one.out).toContain('  seeds 1: RANDOM');
  }, 60_000);

  it('--foreign checks a story from elsewhere without a cast; without it, a file with no cast.json is refused', () => {
    const foreign = cli('tests/fixtures/check/foreign.ink', '--foreign');
    expect(foreign.code).toBe(0);
    expect(foreign.out).toContain("! unknown-tag: unknown tag '# mood: grim'");
    expect(foreign.out).toMatch(/1 episodes, 0 errors, 4 warnings \(N s\)/);
    expect(cli('tests/fixtures/check/foreign.ink').code).toBe(2);
  }, 60_000);
});
