// The workshop log: facilitators run one episode for several groups in a row, and each group's run is
// kept here (choices with the show of hands, time per section, prompts shown) so the groups can be
// compared and exported. One log per episode, stored under its own key and declared once below as a
// valibot schema that also gives the types. Nothing stored is trusted: a log we cannot read is shown
// as empty with a flag (never a crash) and is set aside, not overwritten, at the next write.
import * as v from 'valibot';
import type { StateCreator } from 'zustand';
import { storageKeys, type StoreDeps } from './deps';
import type { AppState } from './index';

export const WORKSHOP_LOG_VERSION = 1;

const Time = v.pipe(v.number(), v.finite());
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

const ChoiceLogSchema = v.object({
  at: Time,
  /** The section the group was in (see `logSection`), or null before any. */
  section: v.nullable(v.string()),
  /** A stable id of the choice point (e.g. the ink path of the choice), when the caller knows it. */
  point: v.optional(v.string()),
  /** The options offered, in order. */
  options: v.array(v.string()),
  /** The text of the option taken. */
  chosen: v.string(),
  /** Show of hands typed by the presenter: option text → hands raised. */
  hands: v.optional(v.record(v.string(), Count)),
});

const SectionLogSchema = v.object({ name: v.string(), enteredAt: Time, leftAt: v.optional(Time) });

const PromptLogSchema = v.object({
  text: v.string(),
  shownAt: Time,
  /** How long it was meant to stay up (a timed discussion), when given. */
  seconds: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
});

const GroupSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  /** 1, 2, … in the order the groups were run. */
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  startedAt: Time,
  /** Set when the next group starts (or `endGroup`); absent while the group is running. */
  endedAt: v.optional(Time),
  choices: v.array(ChoiceLogSchema),
  sections: v.array(SectionLogSchema),
  prompts: v.array(PromptLogSchema),
});

/** What is stored under `storageKeys.workshopLog(slug)`. */
export const WorkshopLogSchema = v.object({
  version: v.literal(WORKSHOP_LOG_VERSION),
  groups: v.array(GroupSchema),
});

export type StoredWorkshopLog = v.InferOutput<typeof WorkshopLogSchema>;
export type Group = StoredWorkshopLog['groups'][number];
export type ChoiceLog = Group['choices'][number];
export type SectionLog = Group['sections'][number];
export type PromptLog = Group['prompts'][number];

/**
 * Why the stored log is not (all) shown: `damaged` (unreadable; set aside at the next write),
 * `newer` (written by a newer player; likewise), `set-aside` (an unreadable log was moved aside, and
 * is kept until `clearLog`).
 */
export type WorkshopLogProblem = 'damaged' | 'newer' | 'set-aside';

/** One episode's log as the store holds it. */
export interface WorkshopLog {
  groups: Group[];
  problem: WorkshopLogProblem | null;
  /** False when the last write failed (full or refused storage): the log lives in this page only. */
  stored: boolean;
}

/** A choice as the workshop views log it; `at` defaults to now, `section` to the group's current one. */
export interface ChoiceEntry {
  options: string[];
  chosen: string;
  section?: string | null;
  point?: string;
  at?: number;
  hands?: Record<string, number>;
}

export interface WorkshopLogSlice {
  /** The log of each episode, by slug (episodes without a log have an empty one). */
  workshopLogs: Record<string, WorkshopLog>;
  /** Starts the next group (number = last + 1), ending the previous one if it is still running. */
  startGroup: (slug: string, now?: number) => Group;
  /** Ends the running group (the last group of a workshop); false if none is running. */
  endGroup: (slug: string, now?: number) => boolean;
  /** Logs a choice in the running group (starting group 1 if none runs); returns its index in the group. */
  logChoice: (slug: string, entry: ChoiceEntry) => number;
  /**
   * Sets the show-of-hands counts of the last group's choice `choiceIndex` (replacing earlier ones).
   * Only options offered at that choice are kept; counts are rounded, negative ones dropped.
   * False if there is no such choice.
   */
  logHands: (slug: string, choiceIndex: number, counts: Record<string, number>) => boolean;
  /** The running group enters section `name`, closing the time of the previous one (same name: nothing). */
  logSection: (slug: string, name: string, now?: number) => void;
  /** A prompt shown to the room, with the seconds it was meant to stay up when timed. */
  logPrompt: (slug: string, text: string, now?: number, seconds?: number) => void;
  /** Forgets the episode's log, and any log set aside. */
  clearLog: (slug: string) => void;
}

const emptyLog = (): WorkshopLog => ({ groups: [], problem: null, stored: true });

/** Reads a stored log; anything we cannot use gives no groups and says why, never throws. */
export function readWorkshopLog(raw: string | null, asideKept = false): WorkshopLog {
  const log = emptyLog();
  if (asideKept) log.problem = 'set-aside';
  if (raw === null) return log;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ...log, problem: 'damaged' };
  }
  const result = v.safeParse(WorkshopLogSchema, parsed);
  if (result.success) return { ...log, groups: result.output.groups };
  const version = (parsed as { version?: unknown } | null)?.version;
  return { ...log, problem: typeof version === 'number' && version > WORKSHOP_LOG_VERSION ? 'newer' : 'damaged' };
}

/** When the group's run ended: `endedAt`, or the last thing logged while it is still running. */
export function groupEnd(group: Group): number {
  if (group.endedAt !== undefined) return group.endedAt;
  return Math.max(
    group.startedAt,
    ...group.choices.map((c) => c.at),
    ...group.sections.map((s) => s.leftAt ?? s.enteredAt),
    ...group.prompts.map((p) => p.shownAt),
  );
}

export const groupDuration = (group: Group): number => groupEnd(group) - group.startedAt;

export interface SectionTime {
  name: string;
  /** Time spent in the section (summed when the group came back to it). */
  ms: number;
  /** The group is still in it (counted up to the last thing logged). */
  open: boolean;
}

/** Time per section, in the order first entered; a section entered twice adds up. */
export function sectionTimes(group: Group): SectionTime[] {
  const end = groupEnd(group);
  const times = new Map<string, SectionTime>();
  for (const s of group.sections) {
    const left = s.leftAt ?? end;
    const t = times.get(s.name) ?? { name: s.name, ms: 0, open: false };
    t.ms += Math.max(0, left - s.enteredAt);
    t.open ||= s.leftAt === undefined && group.endedAt === undefined;
    times.set(s.name, t);
  }
  return [...times.values()];
}

const closeSections = (sections: SectionLog[], now: number): SectionLog[] =>
  sections.map((s) => (s.leftAt === undefined ? { ...s, leftAt: Math.max(now, s.enteredAt) } : s));

const endRunning = (group: Group, now: number): Group =>
  group.endedAt !== undefined ? group : { ...group, endedAt: Math.max(now, group.startedAt), sections: closeSections(group.sections, now) };

const newGroup = (groups: readonly Group[], now: number): Group => {
  const number = (groups.at(-1)?.number ?? 0) + 1;
  return { id: `g${number}-${now.toString(36)}`, number, startedAt: now, choices: [], sections: [], prompts: [] };
};

export const createWorkshopLogSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], WorkshopLogSlice> =>
  (set, get) => {
    const load = (slug: string) =>
      readWorkshopLog(deps.storage.read(storageKeys.workshopLog(slug)), deps.storage.read(storageKeys.workshopLogAside(slug)) !== null);
    const current = (slug: string) => get().workshopLogs[slug] ?? load(slug);
    const put = (slug: string, log: WorkshopLog) => set({ workshopLogs: { ...get().workshopLogs, [slug]: log } });

    /** Stores `groups` as the episode's log; an unreadable stored log is first moved aside, whole. */
    const commit = (slug: string, groups: Group[]) => {
      const before = current(slug);
      let problem = before.problem;
      if (problem === 'damaged' || problem === 'newer') {
        const raw = deps.storage.read(storageKeys.workshopLog(slug));
        if (raw !== null) deps.storage.write(storageKeys.workshopLogAside(slug), raw);
        problem = 'set-aside';
      }
      const stored: StoredWorkshopLog = { version: WORKSHOP_LOG_VERSION, groups };
      const { ok } = deps.storage.write(storageKeys.workshopLog(slug), JSON.stringify(stored));
      put(slug, { groups, problem, stored: ok });
    };

    /** The groups with a running group last (group 1 started now if none runs). */
    const withRunning = (slug: string, now: number): Group[] => {
      const groups = current(slug).groups;
      const last = groups.at(-1);
      return last && last.endedAt === undefined ? [...groups] : [...groups, newGroup(groups, now)];
    };
    const replaceLast = (groups: Group[], group: Group) => [...groups.slice(0, -1), group];

    // Another tab (the presenter's window) writes the log: follow it, so this tab never writes an old copy.
    deps.storage.onChange((key) => {
      const slug = Object.keys(get().workshopLogs).find(
        (s) => key === storageKeys.workshopLog(s) || key === storageKeys.workshopLogAside(s),
      );
      if (slug !== undefined) put(slug, load(slug));
    });

    return {
      workshopLogs: Object.fromEntries(deps.episodes.map((e) => [e.slug, load(e.slug)])),

      startGroup: (slug, now = deps.now()) => {
        const groups = current(slug).groups;
        const last = groups.at(-1);
        const ended = last ? replaceLast([...groups], endRunning(last, now)) : [];
        const group = newGroup(groups, now);
        commit(slug, [...ended, group]);
        return group;
      },

      endGroup: (slug, now = deps.now()) => {
        const groups = current(slug).groups;
        const last = groups.at(-1);
        if (!last || last.endedAt !== undefined) return false;
        commit(slug, replaceLast([...groups], endRunning(last, now)));
        return true;
      },

      logChoice: (slug, { options, chosen, section, point, at = deps.now(), hands }) => {
        const groups = withRunning(slug, at);
        const group = groups.at(-1)!;
        const choice: ChoiceLog = {
          at,
          section: section !== undefined ? section : (group.sections.findLast((s) => s.leftAt === undefined)?.name ?? null),
          options: [...options],
          chosen,
        };
        if (point !== undefined) choice.point = point;
        const counted = hands && cleanCounts(options, hands);
        if (counted) choice.hands = counted;
        commit(slug, replaceLast(groups, { ...group, choices: [...group.choices, choice] }));
        return group.choices.length;
      },

      logHands: (slug, choiceIndex, counts) => {
        const groups = current(slug).groups;
        const group = groups.at(-1);
        const choice = group?.choices[choiceIndex];
        if (!group || !choice) return false;
        const { hands: _old, ...rest } = choice;
        const hands = cleanCounts(choice.options, counts);
        const updated: ChoiceLog = hands ? { ...rest, hands } : rest;
        commit(slug, replaceLast([...groups], { ...group, choices: group.choices.map((c, i) => (i === choiceIndex ? updated : c)) }));
        return true;
      },

      logSection: (slug, name, now = deps.now()) => {
        const groups = withRunning(slug, now);
        const group = groups.at(-1)!;
        const open = group.sections.findLast((s) => s.leftAt === undefined);
        if (open?.name === name) return;
        commit(slug, replaceLast(groups, { ...group, sections: [...closeSections(group.sections, now), { name, enteredAt: now }] }));
      },

      logPrompt: (slug, text, now = deps.now(), seconds) => {
        const groups = withRunning(slug, now);
        const group = groups.at(-1)!;
        const prompt: PromptLog = { text, shownAt: now };
        if (seconds !== undefined && Number.isFinite(seconds) && seconds >= 0) prompt.seconds = seconds;
        commit(slug, replaceLast(groups, { ...group, prompts: [...group.prompts, prompt] }));
      },

      clearLog: (slug) => {
        deps.storage.remove(storageKeys.workshopLog(slug));
        deps.storage.remove(storageKeys.workshopLogAside(slug));
        put(slug, emptyLog());
      },
    };
  };

/** Counts for options that were offered, as whole non-negative numbers; undefined when none is left. */
function cleanCounts(options: readonly string[], counts: Record<string, number>): Record<string, number> | undefined {
  const clean = options.flatMap((option) => {
    const n = Object.hasOwn(counts, option) ? counts[option] : undefined;
    return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? [[option, Math.round(n)] as const] : [];
  });
  return clean.length ? Object.fromEntries(clean) : undefined;
}
