// The workshop log arranged for the groups table: a column per group, and rows that line up what
// different groups did at the same point of the episode.
import type { ChoiceRow, GroupsComparison, PromptRow, SectionRow } from '../components/GroupsTable';
import { groupDuration, sectionTimes, type ChoiceLog, type Group } from '../store/workshop-log';

/** A choice point: its id when the log has one, else the options offered (the same options, the same point). */
const pointOf = (c: ChoiceLog) => (c.point !== undefined ? `p:${c.point}` : `o:${JSON.stringify(c.options)}`);

/**
 * Lines up the groups. Choice rows follow the story: each group's choices are matched to rows by
 * point (the second visit of a point is its own row), and a point only some groups reached is placed
 * after the row its group reached just before. Sections and prompts are listed in order first seen.
 */
export function compareGroups(groups: readonly Group[]): GroupsComparison {
  const n = groups.length;
  const choices: ChoiceRow[] = [];
  groups.forEach((group, g) => {
    let cursor = -1;
    const visits = new Map<string, number>();
    for (const c of group.choices) {
      const point = pointOf(c);
      const visit = visits.get(point) ?? 0;
      visits.set(point, visit + 1);
      const key = `${point}#${visit}`;
      let at = choices.findIndex((row) => row.key === key);
      if (at < 0) {
        at = cursor + 1;
        choices.splice(at, 0, { key, section: c.section, options: c.options, cells: Array(n).fill(null) });
      }
      const row = choices[at];
      row.section ??= c.section;
      row.cells[g] = {
        chosen: c.chosen,
        hands: c.hands ? c.options.map((text) => ({ text, count: c.hands?.[text] ?? 0 })) : null,
      };
      cursor = at;
    }
  });

  const sections = new Map<string, SectionRow>();
  const prompts = new Map<string, PromptRow>();
  groups.forEach((group, g) => {
    for (const t of sectionTimes(group)) {
      const row = sections.get(t.name) ?? { name: t.name, cells: Array(n).fill(null) };
      row.cells[g] = { ms: t.ms, open: t.open };
      sections.set(t.name, row);
    }
    for (const p of group.prompts) {
      const row = prompts.get(p.text) ?? { text: p.text, cells: Array.from({ length: n }, () => []) };
      row.cells[g].push({ shownAt: p.shownAt, seconds: p.seconds ?? null });
      prompts.set(p.text, row);
    }
  });

  return {
    columns: groups.map((g) => ({ id: g.id, number: g.number, startedAt: g.startedAt, durationMs: groupDuration(g), running: g.endedAt === undefined })),
    choices,
    sections: [...sections.values()],
    prompts: [...prompts.values()],
  };
}
