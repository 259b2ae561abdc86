// Sections (`# section: <name>`): parsed into beats, followed by the stage, found by the explorer,
// reached by the shortest route, and checked by `npm run stories:check`.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEpisode, formatCheck } from '../../scripts/ink/check';
import { exploreStory } from '../../src/engine/explore';
import { StoryRun } from '../../src/engine/run';
import { checkSave, isSaveError } from '../../src/engine/save';
import { declaredSections, listSections, playToSection, routeToSection } from '../../src/engine/sections';
import { copyStage, emptyStage, stageAfter } from '../../src/engine/stage';
import { parseTags } from '../../src/engine/tags';
import { compileFixture, FIXTURES_DIR, loadCast } from '../helpers/stories';

const cast = loadCast();
const fixture = () => compileFixture('sections');

describe('# section: parsing', () => {
  it('reads the name, case-insensitive key, colons kept; lines without one carry null', () => {
    expect(parseTags(['section: La rivoluzione'], cast, null)).toMatchObject({ section: 'La rivoluzione', unknown: [], problems: [] });
    expect(parseTags(['SECTION:  Perché no: Facebook  '], cast, null).section).toBe('Perché no: Facebook');
    expect(parseTags(['note: x'], cast, null).section).toBeNull();
  });

  it('a section without a name, or two on one line, is a problem the check reports', () => {
    const bare = parseTags(['section'], cast, null);
    expect(bare.section).toBeNull();
    expect(bare.problems).toEqual(['# section needs a name']);
    const two = parseTags(['section: Uno', 'section: Due'], cast, null);
    expect(two.section).toBe('Uno');
    expect(two.problems[0]).toMatch(/one section per line/);
  });

  it('beats carry their section; a save from before sections still loads, with none', () => {
    const run = StoryRun.start(fixture(), cast, 'sezioni');
    const [first, second] = run.readAll();
    expect(first).toMatchObject({ kind: 'speech', text: 'Buongiorno.', section: 'Inizio' });
    expect(second).toMatchObject({ section: null });
    const save = JSON.parse(JSON.stringify(run.save(1)));
    for (const beat of save.transcript) delete beat.section;
    const loaded = checkSave(save, 'sezioni');
    if (isSaveError(loaded)) throw new Error(loaded.message);
    expect(loaded.transcript.map((b) => ('section' in b ? b.section : 'choice'))).toEqual([null, null]);
  });
});

describe('the stage knows the current section', () => {
  it('starts with none, keeps the latest one met, and follows a step back', () => {
    expect(emptyStage().section).toBeNull();
    const run = StoryRun.start(fixture(), cast, 'sezioni');
    run.readAll();
    expect(run.stage.section).toBe('Inizio');
    run.choose(0); // «Parlare»: no section of its own, so still «Inizio»
    run.readAll();
    expect(run.stage.section).toBe('Inizio');
    run.choose(1); // «Del tempo»
    run.readAll();
    expect(run.stage.section).toBe('Il tempo');
    expect(copyStage(run.stage).section).toBe('Il tempo');
    expect(stageAfter(run.transcript, cast).section).toBe('Il tempo');
    run.back();
    expect(run.stage.section).toBe('Inizio');
  });
});

describe('routes to sections', () => {
  it('finds every tag without playing, in the order of the compiled story', () => {
    expect(declaredSections(fixture()).map((d) => [d.name, d.path])).toEqual([
      ['Inizio', 'inizio'],
      ['Il silenzio', 'tacere'],
      ['Il lavoro', 'lavoro'],
      ['Il tempo', 'tempo'],
    ]);
  });

  it('routeToSection gives the shortest choices: none before the first choice, one where a later branch is shorter', () => {
    expect(routeToSection(fixture(), cast, 'Inizio')).toEqual([]);
    expect(routeToSection(fixture(), cast, 'Il silenzio')).toEqual([1]);
    // «Parlare» → «Di lavoro» also gets there, in two choices; «Tacere» in one.
    expect(routeToSection(fixture(), cast, 'Il lavoro')).toEqual([1]);
    expect(routeToSection(fixture(), cast, 'Il tempo')).toEqual([0, 1]);
    expect(routeToSection(fixture(), cast, 'Nessuna')).toBeNull();
  });

  it('listSections: story order on the shortest routes, with labels and the line path', () => {
    expect(listSections(fixture(), cast)).toEqual([
      { name: 'Inizio', route: [], labels: [], path: 'inizio' },
      { name: 'Il silenzio', route: [1], labels: ['Tacere'], path: 'tacere' },
      { name: 'Il lavoro', route: [1], labels: ['Tacere'], path: 'lavoro.b' },
      { name: 'Il tempo', route: [0, 1], labels: ['Parlare', 'Del tempo'], path: 'tempo' },
    ]);
    expect(listSections(compileFixture('basic'), cast)).toEqual([]);
  });

  it('finds a section only one order of visits reaches (turn counts in the key where the story reads them)', () => {
    const json = compileFixture('sections-turns');
    const names = listSections(json, cast).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Il banco', 'Il giornale', 'Il pane caldo']));
    const route = routeToSection(json, cast, 'Il pane caldo')!;
    const run = StoryRun.start(json, cast, 'giri');
    expect(playToSection(run, route, 'Il pane caldo')).toMatchObject({ text: 'Col pane caldo sotto il braccio, si torna a casa.' });
  });

  it('playToSection plays the route as a reader would and stops on the section\'s first line', () => {
    for (const section of listSections(fixture(), cast)) {
      const run = StoryRun.start(fixture(), cast, 'sezioni');
      const beat = playToSection(run, section.route, section.name);
      expect(beat, section.name).toMatchObject({ section: section.name });
      expect(run.transcript.at(-1)).toBe(beat);
      expect(run.stage.section).toBe(section.name);
      expect(run.depth).toBe(section.route.length); // every choice is a rewind point
      expect(run.transcript.filter((b) => b.kind === 'choice').map((b) => b.text)).toEqual(section.labels);
    }
    expect(playToSection(StoryRun.start(fixture(), cast), [5], 'Il tempo')).toBeNull();
    expect(playToSection(StoryRun.start(fixture(), cast), [], 'Il tempo')).toBeNull();
  });

  it('the explorer reports the sections it meets', () => {
    const report = exploreStory(fixture(), cast);
    expect(report.sections.map((s) => s.name).sort()).toEqual(['Il lavoro', 'Il silenzio', 'Il tempo', 'Inizio']);
    expect(report.sections.find((s) => s.name === 'Inizio')).toMatchObject({ path: 'inizio', route: [] });
  });
});

describe('stories:check and sections', () => {
  const check = (name: string) => checkEpisode(name, path.join(FIXTURES_DIR, `${name}.ink`), cast);

  it('lists the sections in story order', () => {
    const c = check('sections');
    expect(c.errors).toEqual([]);
    expect(c.sections.map((s) => s.name)).toEqual(['Inizio', 'Il silenzio', 'Il lavoro', 'Il tempo']);
    expect(formatCheck(c)).toContain(
      ['  4 sections:', '    § Inizio (from the start)', '    § Il silenzio (after 1 choice)', '    § Il lavoro (after 1 choice)', '    § Il tempo (after 2 choices)'].join('\n'),
    );
  });

  it('a section name on two lines is an error', () => {
    const c = check('sections-duplicate');
    expect(c.errors).toEqual(["section 'La rivoluzione' starts on 2 lines (in uno, due): a section name is used once"]);
    expect(formatCheck(c)).toContain("  ✗ section 'La rivoluzione' starts on 2 lines");
  });

  it('a section no route reads is an error; a tag alone above a block still starts its section', () => {
    const c = check('sections-unreached');
    expect(c.errors).toEqual(["section 'Il segreto' is never reached (in uno.b): put it on a line of text a route reads"]);
    expect(c.sections.map((s) => s.name)).toEqual(['Inizio', 'Sopra un blocco']);
  });
});
