// The essay's sentences, and the rule that decides whether the stories let a reader meet each one.
import fs from 'node:fs';
import path from 'node:path';
import type { Stretch } from '../helpers/stories';

/** The essay as the author wrote it: the project's source text, kept in the repository. */
export const ESSAY_FILE = path.resolve(__dirname, '../../stories/essay/episodio-4.it.txt');

/** Typos of the source that the stories fix (the only edits allowed to the author's words). */
const TYPO_FIXES: [RegExp, string][] = [
  [/visssuto/g, 'vissuto'],
  [/ne più e ne meno/g, 'né più né meno'],
  [/destinate ad/g, 'destinata ad'],
];

/** Lower case, no accents, no punctuation, straight apostrophes as spaces, single spaces. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Sentences of the essay, each split at its quotation marks into the fragments a reader must meet. */
export function essaySentences(text: string): { sentence: string; fragments: string[] }[] {
  let fixed = text;
  for (const [typo, fix] of TYPO_FIXES) fixed = fixed.replace(typo, fix);
  return fixed
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?…])\s+(?=[A-ZÀÈÉÌÒÙ“"@#[])/))
    .map((s) => s.trim())
    .filter(Boolean)
    .map((sentence) => ({
      sentence,
      fragments: sentence
        // A bracketed label such as "[7-eleven]" is the scene's name (a `# scene:` tag), not a line.
        .replace(/\[[^\]]*\]/g, '')
        .split(/[“”"]/)
        .map(normalise)
        // Speech tags of one or two words ("risponde…" aside) carry no content of their own.
        .filter((f) => f.split(' ').length >= 2),
    }))
    .filter((s) => s.fragments.length > 0);
}

/** One line, or a whole route, with nothing after it: for tag values and scripted playthroughs. */
export const alone = (...lines: string[]): Stretch => ({ lines, stop: null });

/**
 * Where a reader can meet words: the lines of every route, in order. A fragment is met when its
 * words, unchanged and in order, are the words of one line or run on across consecutive lines of one
 * route (a long sentence split into beats at its own punctuation); a choice in between does not
 * break the run, any other line does. Matching is by whole words after `normalise`.
 */
class Reading {
  /** Each distinct normalised line and where it is read (stretch, index among its lines). */
  private readonly at = new Map<string, [Stretch, number][]>();
  private readonly words = new Map<Stretch, string[]>();
  private readonly failed = new Map<Stretch, Set<string>>();

  constructor(starts: Stretch[]) {
    const seen = new Set<Stretch>();
    const todo = [...starts];
    for (let s = todo.pop(); s; s = todo.pop()) {
      if (seen.has(s)) continue;
      seen.add(s);
      // Lines without words ("…") neither carry nor break a sentence.
      const lines = s.lines.map(normalise).filter(Boolean);
      this.words.set(s, lines);
      lines.forEach((line, i) => {
        const places = this.at.get(line) ?? [];
        places.push([s, i]);
        this.at.set(line, places);
      });
      if (s.stop) todo.push(...s.stop.next);
    }
  }

  meets(fragment: string): boolean {
    const words = fragment.split(' ');
    for (const [line, places] of this.at) {
      if (` ${line} `.includes(` ${fragment} `)) return true;
      // The fragment starts at the end of this line and runs on into the next ones.
      for (let k = 1; k < words.length; k++) {
        const head = words.slice(0, k).join(' ');
        if (line !== head && !line.endsWith(` ${head}`)) continue;
        const rest = words.slice(k).join(' ');
        if (places.some(([s, i]) => this.runsOn(rest, s, i + 1))) return true;
      }
    }
    return false;
  }

  /** Whether `rest` is how the reading goes on from line `i` of stretch `s`. */
  private runsOn(rest: string, s: Stretch, i: number): boolean {
    const lines = this.words.get(s)!;
    if (i >= lines.length) return (s.stop?.next ?? []).some((next) => this.runsOn(rest, next, 0));
    const failed = this.failed.get(s) ?? new Set<string>();
    const key = `${i} ${rest}`;
    if (failed.has(key)) return false;
    const line = lines[i];
    const met = line === rest || line.startsWith(`${rest} `) || (rest.startsWith(`${line} `) && this.runsOn(rest.slice(line.length + 1), s, i + 1));
    if (!met) this.failed.set(s, failed.add(key));
    return met;
  }
}

/** Sentences with a fragment that no route lets a reader meet (see `Reading` for the rule). */
export function unreachable(sentences: ReturnType<typeof essaySentences>, starts: Stretch[]): string[] {
  const reading = new Reading(starts);
  return sentences.filter((s) => s.fragments.some((f) => !reading.meets(f))).map((s) => s.sentence);
}

export const readEssay = () => fs.readFileSync(ESSAY_FILE, 'utf8');
