// The essay's sentences, and the rule that decides whether the stories let a reader meet each one.
import fs from 'node:fs';
import path from 'node:path';

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

/** Sentences with a fragment that appears in none of `texts` (lines and tag values readers see). */
export function unreachable(sentences: ReturnType<typeof essaySentences>, texts: string[]): string[] {
  const corpus = texts.map(normalise).join('\n');
  return sentences.filter((s) => s.fragments.some((f) => !corpus.includes(f))).map((s) => s.sentence);
}

export const readEssay = () => fs.readFileSync(ESSAY_FILE, 'utf8');
