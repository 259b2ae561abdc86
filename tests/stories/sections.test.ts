// The sections of episode 4 (the facilitator's jumps): each one has a route, and playing it lands on
// the section's first line, where a reader who took those choices would be.
import { describe, expect, it } from 'vitest';
import { StoryRun } from '../../src/engine/run';
import { declaredSections, listSections, playToSection, routeToSection } from '../../src/engine/sections';
import type { StoryBeat } from '../../src/engine/types';
import { compileEpisode, loadCast } from '../helpers/stories';

const cast = loadCast();
const json = compileEpisode('episodio-4');

const SECTIONS = [
  'Al 7-eleven',
  'La rivoluzione',
  'Le stagioni del marketing',
  'Oggi, un mercato saturo',
  'Il testamento virtuale',
  'Tornare alle persone',
  'L’incubatore',
  'Il finale',
];

/** Plays to the end always picking the choice `pick` chooses; returns the sections met, in order. */
function sectionsOnRoute(pick: (count: number) => number): string[] {
  const run = StoryRun.forExploring(json, cast);
  const met: string[] = [];
  const note = (beats: StoryBeat[]) => met.push(...beats.flatMap((b) => (b.section ? [b.section] : [])));
  for (note(run.readAll()); run.status === 'choose'; note(run.readAll())) run.choose(run.choices[pick(run.choices.length)].index);
  return met;
}

describe('episode 4: sections', () => {
  const sections = listSections(json, cast);

  it('has its sections in story order, each name once', () => {
    expect(sections.map((s) => s.name)).toEqual(SECTIONS);
    expect(declaredSections(json).map((d) => d.name)).toEqual(SECTIONS);
  });

  it('every route meets every section, in that order (they sit on lines every route reads)', () => {
    expect(sectionsOnRoute(() => 0)).toEqual(SECTIONS);
    expect(sectionsOnRoute((n) => n - 1)).toEqual(SECTIONS);
  });

  it.each(SECTIONS)('%s: playing its route with StoryRun lands on a line of that section', (name) => {
    const section = sections.find((s) => s.name === name)!;
    expect(routeToSection(json, cast, name)).toEqual(section.route);
    const run = StoryRun.start(json, cast, 'episodio-4');
    const beat = playToSection(run, section.route, name);
    expect(beat).not.toBeNull();
    expect(beat!.kind).not.toBe('direction');
    expect(beat!.section).toBe(name);
    expect(run.stage.section).toBe(name);
    expect(run.failure).toBeNull();
  });

  it('the first section opens after the recap; the later ones follow the first choices of the episode', () => {
    expect(sections[0].route).toEqual([]);
    expect(sections[1].labels).toEqual(['Aspettare che finisca la frase']);
    // Skipping the history is the shortest way past the seasons of marketing.
    expect(sections.find((s) => s.name === 'Oggi, un mercato saturo')!.labels.at(-1)).toBe('Saltare la storia: venire a oggi');
  });
});
