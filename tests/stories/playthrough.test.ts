// Playthroughs of the episodes: scripted routes to every ending, read the way a reader reads them.
// Routes pick choices by (a substring of) their label, so they read like the story.
import { describe, it, expect } from 'vitest';
import { compileEpisode, loadCast } from '../helpers/stories';
import { StoryRun } from '../../src/engine/run';
import { stageAfter } from '../../src/engine/stage';
import type { NarrationBeat, SpeechBeat, StoryBeat } from '../../src/engine/types';
import { alone, essaySentences, normalise, readEssay, unreachable } from './essay';

interface Played {
  run: StoryRun;
  beats: StoryBeat[];
  /** Labels of the choices offered at each choice point, in order. */
  offered: string[][];
}

function start(episode: string): Played {
  const run = StoryRun.start(compileEpisode(episode), loadCast());
  return { run, beats: [...run.readAll()], offered: [] };
}

/** Picks the one choice whose label contains `label`, then reads on to the next choice or the end. */
function choose(p: Played, label: string): void {
  expect(p.run.status, `expected a choice point before "${label}"`).toBe('choose');
  const labels = p.run.choices.map((c) => c.text);
  p.offered.push(labels);
  const matches = p.run.choices.filter((c) => c.text.includes(label));
  if (matches.length !== 1) {
    throw new Error(`"${label}" matches ${matches.length} choices among: ${labels.join(' | ')}`);
  }
  p.run.choose(matches[0].index);
  p.beats.push(...p.run.readAll());
}

function play(episode: string, route: string[]): Played {
  const p = start(episode);
  for (const label of route) choose(p, label);
  return p;
}

const speech = (p: Played, speaker: string, fragment: string) =>
  p.beats.find((b): b is SpeechBeat => b.kind === 'speech' && b.speaker === speaker && b.text.includes(fragment));
const narration = (p: Played, fragment: string) =>
  p.beats.find((b): b is NarrationBeat => b.kind === 'narration' && b.text.includes(fragment));
const hears = (p: Played, fragment: string) =>
  p.beats.some((b) => b.kind !== 'direction' && b.text.includes(fragment));
const endings = (p: Played) => p.beats.filter((b) => b.ending).map((b) => b.ending);
const lines = (p: Played) => p.beats.flatMap((b) => (b.kind === 'direction' ? [] : [b.text]));
/** Who is on stage once the reader has read up to and including `beat`. */
const onStageAfter = (p: Played, beat: StoryBeat) =>
  stageAfter(p.run.transcript.slice(0, p.run.transcript.indexOf(beat) + 1), loadCast()).present;
const indexOfLine = (p: Played, fragment: string) =>
  p.beats.findIndex((b) => b.kind !== 'direction' && b.text.includes(fragment));

// ─── Episode 4 routes (see docs/authoring.md, "Map of episode 4") ─────────────
/** Waits for the broken-off sentence, revisits two eras, says «sì» to the testament, takes a pause. */
const ROUTE_PAUSA = [
  'Aspettare che finisca la frase',
  'che cosa si era immaginato',
  'Ripercorrere gli anni 90',
  'dot.com',
  'Basta ricordi',
  'anche lui è salito sul carro',
  'Sì: forse è il momento',
  'Facebook è morto?',
  'modo di fare business',
  'nel suo negozio',
  'Prendersi una pausa',
];
/** Asks the coat why «finto», skips the history, says «no», starts again from people. */
const ROUTE_RIPARTIRE = [
  'perché «finto»',
  'chi ci ha rimesso',
  'Saltare la storia',
  'che cosa si fa adesso',
  'No: non ancora',
  'modo di fare business',
  'Facebook è morto?',
  'dei social',
  'Ripartire dalle persone',
];
/** All six eras, newest first; after the sixth the story moves on by itself. */
const ERAS_NEWEST_FIRST = [
  'Ascolto, dialogo, co-creazione',
  'Guerriglia e unconventional',
  'le mutazioni',
  'prime community',
  'dot.com',
  'Ripercorrere gli anni 90',
];
const ROUTE_TUTTE_LE_ERE = [
  'Aspettare che finisca la frase',
  'chi ci ha rimesso',
  ...ERAS_NEWEST_FIRST,
  'che cosa si fa adesso',
  'No: non ancora',
  'Facebook è morto?',
  'modo di fare business',
  'nel suo negozio',
  'Ripartire dalle persone',
];

describe('episodio 4 — Ho bisogno di una pausa…', () => {
  it('declares its metadata', () => {
    const { run } = start('episodio-4');
    expect(run.meta.title).toBe('Ho bisogno di una pausa…');
    expect(run.meta.episode).toBe('4');
    expect(run.meta.time).toContain('02:00');
    expect(run.meta.summary).toContain('7-eleven');
  });

  it('opens with the recap, then the coat and the briefcase at the 7-eleven', () => {
    const p = start('episodio-4');
    const recap = narration(p, 'Nella puntata precedente di “Se Internet ha vinto');
    expect(recap).toBeDefined();
    // «[7-eleven]» is the place, not words: a scene tag, never read aloud
    expect(recap!.text.startsWith('Nella puntata precedente')).toBe(true);
    expect(recap!.directions).toContainEqual({ type: 'scene', name: '7-eleven' });
    expect(narration(p, 'sono sempre stati: strumenti.')).toBeDefined();
    // the hashtag survives ink's escape
    expect(narration(p, '@02:00 p.m. #internethavinto, i Social per la PMI')).toBeDefined();

    const arms = narration(p, 'L’uomo con il cappotto incrocia le braccia.');
    expect(arms).toBeDefined();
    expect(arms!.directions).toContainEqual({ type: 'enter', who: ['cappotto', 'valigetta'] });
    expect(arms!.directions).toContainEqual({ type: 'pose', who: 'cappotto', pose: 'braccia-incrociate' });
    expect(arms!.notes.length).toBeGreaterThan(0);

    const party = speech(p, 'cappotto', 'Lo sapevo è finita la festa, lo dicevo io che era tutto finto');
    expect(party).toBeDefined();
    expect(narration(p, 'Risponde quello con la valigetta.')).toBeDefined();
    const broken = p.beats[p.beats.length - 1];
    expect(broken).toMatchObject({ kind: 'speech', speaker: 'valigetta' });
    expect(broken.kind === 'speech' && broken.text.endsWith('Ho pensato che …')).toBe(true);
    expect(indexOfLine(p, 'Nella puntata precedente')).toBeLessThan(indexOfLine(p, 'Lo sapevo'));

    expect(p.run.status).toBe('choose');
    expect(p.run.choices.map((c) => c.text)).toEqual([
      'Aspettare che finisca la frase',
      'Chiedere all’uomo con il cappotto perché «finto»',
    ]);
  });

  it('route to the ending «pausa»: the coat leaves, the teaser follows', () => {
    const p = play('episodio-4', ROUTE_PAUSA);
    expect(narration(p, 'Episodio 4: ho bisogno di una pausa…')).toBeDefined();
    // the two eras chosen, and only those
    expect(narration(p, 'Dopo aver vissuto l’era del marketing operativo')).toBeDefined();
    expect(narration(p, 'La nascita e la morte delle dot.com.')).toBeDefined();
    expect(narration(p, 'L’esplosione del guerriglia')).toBeUndefined();
    // the author's answer to the testament question, whatever the reader said
    expect(narration(p, 'Non lo nego, personalmente la tentazione c’è.')).toBeDefined();
    expect(narration(p, 'Ma per ora direi di no.')).toBeDefined();
    expect(narration(p, 'Come diceva Samuel Mazzolin')).toBeDefined();

    expect(endings(p)).toEqual(['pausa']);
    const last = p.beats.find((b) => b.ending === 'pausa')!;
    expect(last).toMatchObject({
      kind: 'speech',
      speaker: 'valigetta',
      text: 'Una pausa. Ne ho bisogno anch’io.',
      endingName: 'Una pausa fino alle quattro',
    });
    // An exit on the exiting speaker's own line takes effect after the line: the coat answers
    // «Alle quattro.» on stage and leaves; the briefcase says the last line alone, then leaves too
    // (the stage at the ending itself: stage.test.ts).
    const ciVediamo = speech(p, 'valigetta', 'Ci vediamo alle quattro')!;
    const alleQuattro = speech(p, 'cappotto', 'Alle quattro.')!;
    expect(p.beats.indexOf(alleQuattro)).toBe(p.beats.indexOf(ciVediamo) + 1);
    expect(alleQuattro.directions).toContainEqual({ type: 'exit', who: ['cappotto'] });
    expect(last.directions).toContainEqual({ type: 'exit', who: ['valigetta'] });
    expect(onStageAfter(p, ciVediamo)).toEqual(['cappotto', 'valigetta']);
    expect(onStageAfter(p, alleQuattro)).toEqual(['cappotto', 'valigetta']);

    expect(indexOfLine(p, 'Nella prossima puntata')).toBeGreaterThan(p.beats.indexOf(last));
    expect(narration(p, '@04:00 p.m. Se #internethavinto, le persone devono tornare al centro')).toBeDefined();
    expect(p.run.status).toBe('ended');
  });

  it('route to the ending «ripartire»: a different closing state, same teaser', () => {
    const p = play('episodio-4', ROUTE_RIPARTIRE);
    expect(endings(p)).toEqual(['ripartire']);
    const last = p.beats.find((b) => b.ending === 'ripartire')!;
    expect(last).toMatchObject({ kind: 'speech', speaker: 'cappotto', endingName: 'Si riparte dalle persone' });
    expect(last.kind === 'speech' && last.text).toContain('si riparte dalle persone');
    // the exit is on the speaker's own line: both stay for it, then leave together (stage.test.ts)
    expect(last.directions).toContainEqual({ type: 'exit', who: ['cappotto', 'valigetta'] });
    expect(narration(p, 'Nella prossima puntata di “Se Internet ha vinto')).toBeDefined();
    expect(narration(p, 'Con obiettivi di business concreti e le persone al centro.')).toBeDefined();
    expect(p.run.status).toBe('ended');
  });

  it('the revolution paragraph is heard in the order the reader chose', () => {
    const hope = play('episodio-4', ROUTE_PAUSA.slice(0, 2));
    expect(indexOfLine(hope, 'Si sperava')).toBeLessThan(indexOfLine(hope, 'I piccoli credevano'));
    const small = play('episodio-4', ROUTE_RIPARTIRE.slice(0, 2));
    expect(indexOfLine(small, 'I piccoli credevano')).toBeLessThan(indexOfLine(small, 'Si sperava'));
    expect(speech(small, 'cappotto', 'I piccoli. Come sempre.')).toBeDefined();
    expect(speech(hope, 'cappotto', 'I piccoli. Come sempre.')).toBeUndefined();
  });

  it('the broken-off «Ho pensato che …» is said once, whether the reader waits or asks about «finto»', () => {
    for (const first of ['Aspettare che finisca la frase', 'perché «finto»']) {
      const p = play('episodio-4', [first]);
      const broken = lines(p).filter((l) => normalise(l).includes('ho pensato che'));
      expect(broken).toEqual(['Anch’io per un momento l’ho pensato. Ho pensato che …']);
      expect(narration(p, 'Episodio 4: ho bisogno di una pausa…')).toBeDefined();
    }
  });

  it('the two reasons: after the first, the other one or a way on; both heard, it moves on by itself', () => {
    const upToReasons = ROUTE_RIPARTIRE.slice(0, ROUTE_RIPARTIRE.indexOf('modo di fare business'));
    const first = play('episodio-4', upToReasons);
    expect(first.run.choices.map((c) => c.text)).toEqual(['Facebook è morto?', 'E il modo di fare business?']);
    choose(first, 'Facebook è morto?');
    expect(first.run.choices.map((c) => c.text)).toEqual(['E il modo di fare business?', 'Un motivo basta: andare avanti']);

    const one = play('episodio-4', [...upToReasons, 'Facebook è morto?', 'Un motivo basta', 'dei social', 'Ripartire dalle persone']);
    expect(narration(one, 'Facebook è morto per le aziende')).toBeDefined();
    expect(narration(one, 'Dal punto di vista dell’approccio al business')).toBeUndefined();
    expect(narration(one, 'Come diceva Samuel Mazzolin')).toBeDefined();
    expect(endings(one)).toEqual(['ripartire']);

    const both = play('episodio-4', ROUTE_RIPARTIRE);
    expect(indexOfLine(both, 'Dal punto di vista dell’approccio')).toBeLessThan(indexOfLine(both, 'Facebook è morto per le aziende'));
    // after the second reason the next choice point is already «persone»
    expect(both.offered[ROUTE_RIPARTIRE.indexOf('dei social')]).toEqual([
      'Chiedere all’uomo con il cappotto che cosa farebbe nel suo negozio',
      'Chiedere a quello con la valigetta che cosa ne fa dei social',
    ]);
  });

  it('long sentences are split into beats only at their own punctuation', () => {
    const p = play('episodio-4', ROUTE_PAUSA);
    const oggi = indexOfLine(p, 'Oggi mi sento di affermare');
    expect(p.beats[oggi]).toMatchObject({ text: 'Oggi mi sento di affermare che i sintomi sono quelli di un mercato saturo e fuori strada,' });
    expect(p.beats[oggi + 1]).toMatchObject({ kind: 'narration', text: expect.stringMatching(/^curvo su se stesso dal peso delle aspettative, /) });
    const incubatore = indexOfLine(p, 'L’incubatore che sogno');
    expect(p.beats[incubatore]).toMatchObject({ text: expect.stringMatching(/per dimensione,$/) });
    expect(p.beats[incubatore + 1]).toMatchObject({ kind: 'narration', text: expect.stringMatching(/^risorse economiche e perché /) });
  });

  it('the eras hub: any order, once each, and it moves on by itself after the sixth', () => {
    const p = play('episodio-4', ROUTE_TUTTE_LE_ERE);
    const order = [
      'L’ossessivo e fondato richiamo',
      'L’esplosione del guerriglia',
      'Le trasformazioni e mutazioni',
      'Il marketing relazionale e le prime forme',
      'La nascita e la morte delle dot.com.',
      'Dopo aver vissuto l’era del marketing operativo',
    ].map((f) => indexOfLine(p, f));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(narration(p, 'Il richiamo alla transmedialità come approccio alla conversazione.')).toBeDefined();

    // the hub offers one fewer era each time; the exit choice is there until the last one
    const hub = p.offered.slice(2, 8);
    expect(hub.map((labels) => labels.length)).toEqual([7, 6, 5, 4, 3, 2]);
    expect(hub[0]).toContain('Saltare la storia: venire a oggi');
    expect(hub[1]).toContain('Basta ricordi: venire a oggi');
    // after the sixth era the next choice point is already «oggi»
    expect(p.offered[8].some((l) => l.includes('salito sul carro'))).toBe(true);
    expect(speech(p, 'valigetta', 'Le abbiamo attraversate tutte')).toBeDefined();
    // «mutazioni» before «relazionale»: the briefcase points back, then ties them together
    expect(speech(p, 'valigetta', 'Il relazionale però era nato prima')).toBeDefined();
    expect(speech(p, 'valigetta', 'Ecco da dove venivano, quelle mutazioni.')).toBeDefined();
    expect(endings(p)).toEqual(['ripartire']);
  });

  it('remembers earlier choices (lines that exist only on the route that earned them)', () => {
    const pausa = play('episodio-4', ROUTE_PAUSA);
    const ripartire = play('episodio-4', ROUTE_RIPARTIRE);
    const tutte = play('episodio-4', ROUTE_TUTTE_LE_ERE);

    // asked the coat why «finto» → he comes back to «merito»
    expect(speech(ripartire, 'cappotto', 'Il merito, appunto.')).toBeDefined();
    expect(speech(pausa, 'cappotto', 'Il merito, appunto.')).toBeUndefined();

    // skipped the history / saw two eras / saw them all
    expect(speech(ripartire, 'cappotto', 'Niente ricordi, allora.')).toBeDefined();
    expect(speech(pausa, 'cappotto', 'Niente ricordi, allora.')).toBeUndefined();
    expect(speech(pausa, 'valigetta', 'E sono solo alcune delle stagioni')).toBeDefined();
    // the dot.com era, revisited, comes back in the diagnosis
    expect(speech(pausa, 'cappotto', 'Come con le dot.com')).toBeDefined();
    expect(speech(ripartire, 'cappotto', 'Come con le dot.com')).toBeUndefined();

    // «sì» to the testament → the coat says so again in his pause
    expect(speech(pausa, 'cappotto', 'Prima dicevo di chiudere.')).toBeDefined();
    expect(speech(pausa, 'cappotto', 'Quindi niente testamento.')).toBeDefined();
    expect(speech(ripartire, 'cappotto', 'Quindi niente testamento.')).toBeUndefined();
    expect(speech(ripartire, 'valigetta', 'Evolversi, non chiudere.')).toBeDefined();

    // waited for the broken-off sentence → it is finished in «ripartire»
    expect(speech(tutte, 'valigetta', 'La frase di prima, adesso la finisco')).toBeDefined();
    expect(speech(ripartire, 'valigetta', 'La frase di prima')).toBeUndefined();
    expect(speech(ripartire, 'valigetta', 'Non era tutto finto.')).toBeDefined();

    // «tornare alle persone»: the shop or the social media
    expect(speech(tutte, 'cappotto', 'Dal bancone, allora.')).toBeDefined();
    expect(speech(ripartire, 'cappotto', 'Con i social al loro posto, allora.')).toBeDefined();
  });

  it('gives facilitators notes and at least four discussion prompts on every route', () => {
    for (const route of [ROUTE_PAUSA, ROUTE_RIPARTIRE, ROUTE_TUTTE_LE_ERE]) {
      const p = play('episodio-4', route);
      expect(p.beats.flatMap((b) => b.prompts).length).toBeGreaterThanOrEqual(4);
      expect(p.beats.flatMap((b) => b.notes).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('every sentence of the essay is heard on one of the scripted routes', () => {
    const routes = [ROUTE_PAUSA, ROUTE_RIPARTIRE, ROUTE_TUTTE_LE_ERE].map((r) => play('episodio-4', r));
    const { meta } = routes[0].run;
    const heard = [...routes.map((p) => alone(...lines(p))), alone(meta.title), alone(meta.time), alone(meta.summary)];
    expect(unreachable(essaySentences(readEssay()), heard)).toEqual([]);
  });
});

describe('episodio 3 — #internethavinto, i Social per la PMI stanno male…', () => {
  const ROUTES = {
    cappotto: ['all’uomo con il cappotto che cosa ne pensa'],
    valigetta: ['da dove si comincia'],
  };

  it('declares its metadata, hashtag included', () => {
    const { run } = start('episodio-3');
    expect(run.meta.title).toBe('#internethavinto, i Social per la PMI stanno male e bisogna ripensare tutto da zero');
    expect(run.meta.episode).toBe('3');
    expect(run.meta.time).toBe('@02:00 p.m.');
  });

  it('is the recap played as an episode: title card first, no «Nella puntata precedente»', () => {
    const p = start('episodio-3');
    const first = p.beats.find((b) => b.kind !== 'direction');
    expect(first).toMatchObject({ kind: 'narration' });
    expect(first!.kind === 'narration' && first!.text).toContain('@02:00 p.m. #internethavinto');
    expect(narration(p, 'Nella puntata precedente')).toBeUndefined();
    expect(narration(p, 'Facebook e i social media devono essere riconsiderati')).toBeDefined();
    expect(narration(p, 'attivando nuovamente il pensiero strategico.')).toBeDefined();
    expect(speech(p, 'cappotto', 'Strumenti.')!.directions).toContainEqual({
      type: 'enter',
      who: ['cappotto', 'valigetta'],
    });
  });

  for (const [who, route] of Object.entries(ROUTES)) {
    it(`route asking ${who} reaches the ending «strumenti»`, () => {
      const p = play('episodio-3', route);
      expect(endings(p)).toEqual(['strumenti']);
      expect(speech(p, 'cappotto', 'la festa sta per finire')!.ending).toBe('strumenti');
      expect(hears(p, 'con quali soldi?')).toBe(who === 'cappotto');
      expect(hears(p, 'poi si sceglie lo strumento')).toBe(who === 'valigetta');
      expect(p.run.status).toBe('ended');
    });
  }
});

describe('episodio 5 — Se #internethavinto, le persone devono tornare al centro', () => {
  const ROUTES = {
    errori: ['da dove si ricomincia'],
    persone: ['le persone al centro'],
  };

  it('declares its metadata, hashtag included', () => {
    const { run } = start('episodio-5');
    expect(run.meta.title).toBe('Se #internethavinto, le persone devono tornare al centro');
    expect(run.meta.episode).toBe('5');
    expect(run.meta.time).toBe('@04:00 p.m.');
  });

  it('is the teaser played as an episode: title card first, no «Nella prossima puntata»', () => {
    const p = start('episodio-5');
    const first = p.beats.find((b) => b.kind !== 'direction');
    expect(first!.kind === 'narration' && first!.text).toContain('@04:00 p.m. Se #internethavinto');
    expect(narration(p, 'Nella prossima puntata')).toBeUndefined();
    expect(narration(p, 'Facebook non è obbligatorio. E quindi? Si ricomincia da capo.')).toBeDefined();
    expect(speech(p, 'valigetta', 'Le quattro.')).toBeDefined();
  });

  for (const [what, route] of Object.entries(ROUTES)) {
    it(`route «${what}» reaches the ending «centro»`, () => {
      const p = play('episodio-5', route);
      expect(endings(p)).toEqual(['centro']);
      expect(speech(p, 'valigetta', 'Si ricomincia da capo.')!.ending).toBe('centro');
      expect(hears(p, 'Dagli errori.')).toBe(what === 'errori');
      expect(hears(p, 'non un contatto')).toBe(what === 'persone');
      expect(p.run.status).toBe('ended');
    });
  }
});

describe('shared includes', () => {
  it('episodes 3 and 4 share the recap text; episodes 4 and 5 share the teaser text', () => {
    const recap = 'Bisogna andare oltre e ripensare tutto da zero, attivando nuovamente il pensiero strategico.';
    const teaser = 'Le aziende devono imparare dai loro errori. Premiare l’economia della reputazione.';
    const ep3 = play('episodio-3', ['da dove si comincia']);
    const ep4 = play('episodio-4', ROUTE_RIPARTIRE);
    const ep5 = play('episodio-5', ['da dove si ricomincia']);
    expect(narration(ep3, recap)?.text).toBe(recap);
    expect(narration(ep4, recap)?.text).toBe(recap);
    expect(narration(ep4, teaser)?.text).toBe(teaser);
    expect(narration(ep5, teaser)?.text).toBe(teaser);
  });
});
