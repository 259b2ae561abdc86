// A long episode for measuring cost per step: `lines` lines without a `clear` and without choices,
// the author and the two characters taking turns, a pose now and then (as the real episodes do).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileInkFile, formatMessage } from '../ink/compiler';

export function longStoryInk(lines: number): string {
  const out = ['# title: Una lunga conversazione', '# episode: 99', '# time: @05:00 p.m.', '# summary: Una storia lunga, per misurare.', ''];
  out.push('cappotto: Cominciamo. # enter: cappotto, valigetta # scene: 7-eleven');
  for (let i = 2; i <= lines; i++) {
    const who = ['', 'cappotto: ', 'valigetta: '][i % 3];
    const pose = i % 10 === 0 ? (i % 20 === 0 ? ' # pose: cappotto pensoso' : ' # pose: valigetta convinto') : '';
    out.push(`${who}Riga numero ${i} di una conversazione che non finisce mai, e va avanti ancora.${pose}`);
  }
  out.push('-> END', '');
  return out.join('\n');
}

/** Compiles the long story (through a temporary file, as the compiler reads files). */
export function compileLongStory(lines: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'long-story-'));
  const file = path.join(dir, 'lunga.ink');
  fs.writeFileSync(file, longStoryInk(lines));
  const { json, messages } = compileInkFile(file);
  fs.rmSync(dir, { recursive: true, force: true });
  if (!json) throw new Error(messages.map(formatMessage).join('\n'));
  return json;
}
