// The stage's drawings: every pose the cast may take is drawn (none falls back to another), every place
// has a room behind the figures, and an empty stage never says so in words.
import { render, screen } from '@testing-library/react';
import { LazyMotion, domAnimation } from 'framer-motion';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { backdropFor, hasDrawnBackdrop, NeutralBackdrop } from '../../src/components/backdrops';
import { BriefcaseFigure, CASE_POSES, COAT_POSES, CoatFigure } from '../../src/components/figures';
import { Stage, type StageFigure } from '../../src/components/Stage';

interface Member {
  id: string;
  name: string;
  short: string;
  figure: StageFigure['figure'];
  color: string;
  poses: string[];
}
const cast: { members: Member[] } = JSON.parse(readFileSync(path.resolve(__dirname, '../../stories/cast.json'), 'utf8'));
const drawn = cast.members.filter((m) => m.figure !== 'voice');

const withMotion = (ui: ReactNode) => render(<LazyMotion features={domAnimation}>{ui}</LazyMotion>);

/** The drawing's markup without the pose's name: what a reader would actually see. */
function drawing(figure: StageFigure['figure'], pose: string): string {
  const Figure = figure === 'coat' ? CoatFigure : BriefcaseFigure;
  const { container } = render(
    <svg>
      <Figure pose={pose} />
    </svg>,
  );
  const markup = container.innerHTML.replace(/ data-pose="[^"]*"/g, '');
  container.remove();
  return markup;
}

describe('the figures', () => {
  it('the cast has both drawn characters', () => {
    expect(drawn.map((m) => m.figure).sort()).toEqual(['briefcase', 'coat']);
  });

  it.each(drawn.map((m) => [m.id, m] as const))('every pose of %s has its own drawing', (_id, member) => {
    const table = member.figure === 'coat' ? COAT_POSES : CASE_POSES;
    for (const pose of member.poses) expect(Object.keys(table), `pose «${pose}» is not drawn`).toContain(pose);
    const drawings = member.poses.map((p) => drawing(member.figure, p));
    expect(new Set(drawings).size).toBe(member.poses.length);
  });

  it('the two men do not look alike in any pose', () => {
    const coats = new Set(Object.keys(COAT_POSES).map((p) => drawing('coat', p)));
    for (const p of Object.keys(CASE_POSES)) expect(coats.has(drawing('briefcase', p))).toBe(false);
  });
});

describe('the room', () => {
  const figures: StageFigure[] = drawn.map((m) => ({ id: m.id, name: m.name, short: m.short, figure: m.figure, color: m.color, pose: m.poses[0] }));

  it('the 7-eleven is drawn behind the figures', () => {
    expect(hasDrawnBackdrop('7-eleven')).toBe(true);
    expect(hasDrawnBackdrop(' 7-Eleven ')).toBe(true);
    const { container } = withMotion(<Stage figures={figures} speaker="cappotto" narrating={false} scene="7-eleven" time="" image={null} background={null} />);
    expect(container.querySelector('[data-backdrop="7-eleven"]')).not.toBeNull();
    expect(container.querySelector('[data-backdrop="neutral"]')).toBeNull();
    const svg = container.querySelector('[data-backdrop="7-eleven"] svg')!;
    expect(svg.querySelectorAll('rect, path').length).toBeGreaterThan(30);
    expect(container.querySelector('[data-backdrop="7-eleven"]')!.getAttribute('aria-hidden')).toBe('true');
  });

  it.each(['Una stazione', '', 'Il bar di sotto'])('an unknown place («%s») gets the quiet neutral room', (scene) => {
    expect(backdropFor(scene)).toBe(NeutralBackdrop);
    const { container } = withMotion(<Stage figures={figures} speaker={null} narrating scene={scene} time="" image={null} background={null} />);
    expect(container.querySelectorAll('[data-backdrop]')).toHaveLength(1);
    expect(container.querySelector('[data-backdrop="neutral"]')!.getAttribute('aria-hidden')).toBe('true');
  });

  it("the author's own background replaces the drawn room", () => {
    const { container } = withMotion(<Stage figures={figures} speaker={null} narrating scene="7-eleven" time="" image={null} background="sfondi/negozio.jpg" />);
    expect(container.querySelector('[data-backdrop]')).toBeNull();
  });

  it('an empty stage shows its room, never an empty-state message', () => {
    for (const scene of ['', '7-eleven']) {
      const { container, unmount } = withMotion(<Stage figures={[]} speaker={null} narrating scene={scene} time="" image={null} background={null} />);
      expect(container.querySelector('[data-backdrop]')).not.toBeNull();
      expect(container.textContent).not.toMatch(/scena è vuota/i);
      unmount();
    }
    const source = ['Stage.tsx', 'figures.tsx'].map((f) => readFileSync(path.resolve(__dirname, '../../src/components', f), 'utf8')).join('');
    expect(source).not.toMatch(/scena è vuota/i);
  });

  it('the stage names who is on it for a screen reader, and hides the drawings', () => {
    const { container } = withMotion(<Stage figures={figures} speaker="valigetta" narrating={false} scene="7-eleven" time="" image={null} background={null} />);
    expect(screen.getByText(/In scena: L'uomo con il cappotto; Quello con la valigetta, sta parlando\./)).toBeTruthy();
    for (const svg of container.querySelectorAll('svg')) expect(svg.closest('[aria-hidden="true"]')).not.toBeNull();
  });
});
