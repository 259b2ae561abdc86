// The essay coverage rule itself: strict about words and order, lenient only about line breaks.
import { describe, expect, it } from 'vitest';
import type { Stretch } from '../helpers/stories';
import { alone, essaySentences, readEssay, unreachable } from './essay';

const sentence = essaySentences('Oggi mi sento di affermare che il mercato è saturo e fuori strada, curvo su se stesso.');
const meets = (...starts: Stretch[]) => unreachable(sentence, starts).length === 0;
const choice = (lines: string[], ...next: Stretch[]): Stretch => ({ lines, stop: { offered: next.map((_, i) => `${i}`), route: [], next } });

describe('essay coverage rule', () => {
  it('reads the essay from the repository, split into sentences and at its quotation marks', () => {
    const sentences = essaySentences(readEssay());
    expect(sentences.length).toBeGreaterThan(30);
    const incubator = sentences.find((s) => s.sentence.startsWith('L’incubatore che sogno'))!;
    expect(incubator.fragments).toHaveLength(3);
    expect(incubator.fragments[1]).toBe('gli attributi');
    // the scene label is no fragment
    expect(sentences[0].fragments[0]).toBe('nella puntata precedente di');
  });

  it('meets a sentence in one line, punctuation and case aside', () => {
    expect(meets(alone('OGGI mi sento di affermare che il mercato è saturo e fuori strada — curvo su se stesso'))).toBe(true);
  });

  it('meets a sentence split across consecutive lines of one route, also across a choice', () => {
    expect(meets(alone('Oggi mi sento di affermare che il mercato è saturo e fuori strada,', 'curvo su se stesso.'))).toBe(true);
    expect(meets(choice(['Oggi mi sento di affermare che il mercato è saturo e fuori strada,'], alone('Altro.'), alone('curvo su se stesso.')))).toBe(true);
  });

  it('does not meet it when a word changes, the order changes or another line comes in between', () => {
    expect(meets(alone('Oggi mi sento di dire che il mercato è saturo e fuori strada, curvo su se stesso.'))).toBe(false);
    expect(meets(alone('curvo su se stesso.', 'Oggi mi sento di affermare che il mercato è saturo e fuori strada,'))).toBe(false);
    expect(meets(alone('Oggi mi sento di affermare che il mercato è saturo e fuori strada,', 'cappotto: Già.', 'curvo su se stesso.'))).toBe(false);
    // the halves on two different routes
    expect(meets(choice([], alone('Oggi mi sento di affermare che il mercato è saturo e fuori strada,'), alone('curvo su se stesso.')))).toBe(false);
    // the halves split inside a word
    expect(meets(alone('Oggi mi sento di affermare che il mercato è saturo e fuori str', 'ada, curvo su se stesso.'))).toBe(false);
  });

  it('matches whole words only', () => {
    expect(meets(alone('Oggi mi sento di affermare che il mercato è saturo e fuori strada, curvo su se stessore.'))).toBe(false);
  });
});
