import { describe, expect, it } from 'vitest';
import { splitSpeaker } from '../../src/engine/speaker';
import { parseMeta, parseTags } from '../../src/engine/tags';
import { loadCast } from '../helpers/stories';

const cast = loadCast();

describe('tags', () => {
  it('reads keys case-insensitively, keeping colons inside values', () => {
    const t = parseTags(['NOTE: Chiedete: chi ha un sito?', 'Prompt: E voi?', 'Scene: 7-eleven'], cast, null);
    expect(t.notes).toEqual(['Chiedete: chi ha un sito?']);
    expect(t.prompts).toEqual(['E voi?']);
    expect(t.directions).toEqual([{ type: 'scene', name: '7-eleven' }]);
  });

  it("understands Inky's web-export tags", () => {
    const t = parseTags(['CLEAR', 'RESTART', 'IMAGE: img/a.png', 'CLASS: grande corsivo', 'BACKGROUND: b.jpg', 'AUTHOR: x'], cast, null);
    expect(t.directions).toEqual([
      { type: 'clear' },
      { type: 'restart' },
      { type: 'image', src: 'img/a.png' },
      { type: 'background', src: 'b.jpg' },
    ]);
    expect(t.classes).toEqual(['grande', 'corsivo']);
    expect(t.unknown).toEqual([]);
  });

  it('a pose without a cast id applies to the speaker; bad poses and ids are reported, not applied', () => {
    expect(parseTags(['pose: deluso'], cast, 'cappotto').directions).toEqual([{ type: 'pose', who: 'cappotto', pose: 'deluso' }]);
    const bad = parseTags(['pose: cappotto ballare', 'enter: pippo', 'pause: presto'], cast, null);
    expect(bad.directions).toEqual([]);
    expect(bad.problems).toHaveLength(3);
  });

  it('pause defaults to one second; unknown tags are kept for the checks', () => {
    const t = parseTags(['pause', 'pause: 2.5', 'colore: rosso'], cast, null);
    expect(t.directions).toEqual([{ type: 'pause', seconds: 1 }, { type: 'pause', seconds: 2.5 }]);
    expect(t.unknown).toEqual(['colore: rosso']);
  });

  it('an ending has an id and a human name; a bare id is its own name, capitalised', () => {
    const named = parseTags(['ending: pausa: Una pausa fino alle quattro'], cast, null);
    expect(named).toMatchObject({ ending: 'pausa', endingName: 'Una pausa fino alle quattro', unknown: [], problems: [] });
    expect(parseTags(['Ending: ripartire : Si riparte: dalle persone'], cast, null)).toMatchObject({
      ending: 'ripartire',
      endingName: 'Si riparte: dalle persone',
    });
    expect(parseTags(['ending: pausa'], cast, null)).toMatchObject({ ending: 'pausa', endingName: 'Pausa' });
    expect(parseTags(['ENDING: senza-fretta:'], cast, null)).toMatchObject({ ending: 'senza-fretta', endingName: 'Senza fretta' });
    expect(parseTags(['ending'], cast, null)).toMatchObject({ ending: 'fine', endingName: 'Fine' });
    expect(parseTags(['note: x'], cast, null)).toMatchObject({ ending: null, endingName: null });
  });

  it('episode metadata from global tags', () => {
    expect(parseMeta(['Title: Ho bisogno di una pausa…', 'episode: 4', 'time: @03:00 p.m.', 'summary: s'])).toMatchObject({
      title: 'Ho bisogno di una pausa…', episode: '4', time: '@03:00 p.m.', summary: 's',
    });
  });
});

describe('speaker prefix', () => {
  it('splits a cast id from its line; the narrator id and plain lines are narration', () => {
    expect(splitSpeaker('valigetta: Non dica così', cast)).toEqual({ speaker: 'valigetta', text: 'Non dica così' });
    expect(splitSpeaker('autore: Torniamo a noi stessi.', cast)).toEqual({ speaker: null, text: 'Torniamo a noi stessi.' });
    expect(splitSpeaker('Episodio 4: ho bisogno di una pausa…', cast)).toEqual({ speaker: null, text: 'Episodio 4: ho bisogno di una pausa…' });
  });

  it('an unknown id keeps the whole line as narration and is reported', () => {
    expect(splitSpeaker('barista: Un caffè?', cast)).toEqual({ speaker: null, text: 'barista: Un caffè?', unknownSpeaker: 'barista' });
  });
});

describe('tags: what the page may be given', () => {
  it('draws http(s) and relative pictures, and refuses any other scheme with a reason the check reports', () => {
    const ok = parseTags(['image: immagini/insegna.png', 'background: https://example.org/a.jpg'], cast, null);
    expect(ok.directions).toEqual([
      { type: 'image', src: 'immagini/insegna.png' },
      { type: 'background', src: 'https://example.org/a.jpg' },
    ]);
    expect(ok.problems).toEqual([]);
    for (const bad of ['javascript:alert(1)', 'data:image/png;base64,AAA', '//evil.example/x.png', 'a.png) ; background:url(x', 'file:///etc/passwd']) {
      const t = parseTags([`image: ${bad}`], cast, null);
      expect(t.directions).toEqual([]);
      expect(t.problems[0]).toMatch(/refused/);
    }
  });

  it('reduces class names to safe characters', () => {
    expect(parseTags(['class: Titolo "><script> grande!'], cast, null).classes).toEqual(['titolo', 'script', 'grande']);
  });
});
