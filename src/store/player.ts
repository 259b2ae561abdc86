import type { StateCreator } from 'zustand';
import { isLine } from '../engine/beats';
import { endingOf } from '../engine/endings';
import type { StoryRun } from '../engine/run';
import type { Peek, ReplayStop } from '../engine/run';
import type { Section } from '../engine/sections';
import type { OtherEnding } from '../engine/other-ending';
import type { SaveData, SaveErrorKind } from '../engine/save';
import { copyStage, emptyStage, type StageState } from '../engine/stage';
import { parseMeta } from '../engine/tags';
import type { Beat, ChoiceOption, Ending, EpisodeMeta, StoryBeat } from '../engine/types';
import { laterOf, storageKeys, type EngineModule, type StoreDeps } from './deps';
import type { AppState } from './index';
import { withEnding } from './library';
import { CHOICE_GRACE_MS, PAGE_WINDOW, readingTime, revealTime } from './reading';
import { isOpenedId, NO_CAST, openedSource } from './opened';
import { dropAside, readSave, removeSave, setAside, snapshotOf, writeSave, writeSnapshot } from './saves';

export type NoticeKind =
  | `save-${SaveErrorKind}`
  | 'storage-unavailable'
  | 'storage-full'
  | 'story-updated'
  | 'other-tab';

/** Something the reader should know that does not stop reading (shown with a way to restart). */
export interface Notice {
  kind: NoticeKind;
  message: string;
}

/** A line being typed out: it started at `start` on the store's clock and lasts `duration` ms. */
export interface Reveal {
  id: number;
  start: number;
  duration: number;
}

/**
 * The scene as every view draws it. Plain data of bounded size (the page is windowed), derived from
 * the run after every step in O(1), so a second window can mirror it.
 */
export interface SceneState {
  slug: string;
  meta: EpisodeMeta;
  phase: 'loading' | 'reading' | 'choosing' | 'ended' | 'failed';
  /** The newest beats of the current page (after the latest `clear`), at most PAGE_WINDOW. */
  page: Beat[];
  /** Beats of the current page before `page` (they are in the history). */
  pageHidden: number;
  /** Beats read so far (the transcript's length). */
  beats: number;
  /** Beats with an id from here on arrived by reading on (they enter with motion); older ones were there. */
  freshFrom: number;
  /** The latest spoken line, for the live region. */
  lastLine: StoryBeat | null;
  choices: ChoiceOption[];
  /** Choices are showing (no pause or typing holds them back). */
  choicesReady: boolean;
  /** How many choices the reader can step back. */
  depth: number;
  /** There is an earlier line to step back to. */
  canStepBack: boolean;
  stage: StageState;
  /** A `pause` holds the next step; a step asked for meanwhile waits for it. */
  held: boolean;
  /** The line being typed out, when the typewriter is on. */
  reveal: Reveal | null;
  notice: Notice | null;
  /** An ink runtime error that stopped the story (shown as an error panel). */
  error: string | null;
  /** The ending reached (`# ending:` id and name), once the story has ended. */
  ending: Ending | null;
}

export interface PlayerSlice {
  scene: SceneState | null;
  /**
   * Opens an episode where the reader left it, or from its first line when `fromStart`. A `workshop`
   * run is saved apart from the reader's own progress and does not count as reading.
   */
  openEpisode: (slug: string, fromStart?: boolean, mode?: RunMode) => Promise<void>;
  /** Reads on: finishes a line being typed, waits out a pause, or shows the next line. */
  advance: () => void;
  /** Picks a choice. A pointer pick within CHOICE_GRACE_MS of the choices appearing is ignored. */
  choose: (index: number, via?: 'key' | 'pointer') => void;
  /** Steps back to the previous choice point. */
  back: () => void;
  /** Steps back one line. */
  backLine: () => void;
  /** Returns to where the story stood after `beats` beats (the history's "back to here"). */
  returnTo: (beats: number) => void;
  /** Everything read in this run (for the history and print; copies, so call it when needed). */
  transcript: () => Beat[];
  /** A dialog is open over the scene: auto-advance waits. */
  setSuspended: (suspended: boolean) => void;
  /** Reading settings changed (auto-advance, typewriter): plan what happens next again. */
  settingsChanged: () => void;
  restart: () => void;
  closeEpisode: () => void;
  /**
   * A screen leaves the episode: it closes a microtask later, unless `retainEpisode` takes it back at
   * once (the same screen mounted again: React's StrictMode in development) or another episode opens
   * first (it closes then, before that one opens).
   */
  releaseEpisode: (slug: string) => void;
  /** Takes back an episode released in this task; true when it was. */
  retainEpisode: (slug: string) => boolean;
  dismissNotice: () => void;
  /** Writes a pending save now (the page is being hidden or closed). */
  flushSave: () => void;
  /** Another tab moved this episode on: go to where it is now. */
  followOtherTab: () => void;
  /** Another tab moved this episode on: keep reading here, and save this place (the newest step wins). */
  keepThisTab: () => void;
  /**
   * A new compiled version of an episode arrived (live editing): the reading is rebuilt by replaying
   * the reader's choices in it, so lines already on screen show their new text and rewind still
   * works; when a choice is gone, it stops there and one notice says where.
   */
  replaceStory: (slug: string, json: string) => void;
  /** The run as a save (for another window to adopt), or null. */
  runState: () => SaveData | null;
  /** Takes the run another window sent (same episode): this window then shows exactly what it shows. */
  adopt: (save: SaveData) => void;
  /** What the next step would show, computed on a copy of the ink state (the run does not move). */
  peek: () => Peek | null;
  /**
   * Calls `listener` after every step, rewind or restart taken in this window, and after a live edit
   * rebuilt the run (`story-replaced`: each window rebuilds its own); returns an unsubscribe.
   */
  onLocalChange: (listener: (why: LocalChange) => void) => () => void;
  /** The episode's sections and the shortest route to each (explored once per story, on first ask). */
  sections: () => Promise<Section[]>;
  /**
   * Goes to a section: back to it when it was read (a rewind), else forward along the route the
   * explorer found (its choices are played and recorded, so the state is one a reader could reach).
   */
  jumpToSection: (name: string) => Promise<void>;
  /**
   * Once an episode has ended: the other ending it could have had, named, and the beats to keep to
   * stand at the choice that decides it (for `returnTo`); null for a story with one ending.
   */
  otherEnding: () => Promise<OtherEnding | null>;
}

export type LocalChange = 'step' | 'story-replaced';

/** `reader`: the reader's own progress; `workshop`: a facilitator's run for a room, saved apart. */
export type RunMode = 'reader' | 'workshop';

const SAVE_MESSAGES: Record<SaveErrorKind, string> = {
  malformed: 'I progressi salvati di questo episodio sono danneggiati e non si possono riprendere.',
  outdated: 'I progressi salvati vengono da una versione precedente del lettore e non si possono riprendere.',
  newer: 'I progressi salvati vengono da una versione più recente del lettore: ricarica la pagina per aggiornarlo, oppure ricomincia qui.',
  'other-story': 'I progressi salvati qui appartengono a un altro episodio.',
  'story-changed': "L'episodio è cambiato da quando hai salvato e il punto in cui eri non esiste più.",
};

const STORAGE_MESSAGES = {
  'storage-unavailable': 'Questo browser non permette di salvare: puoi leggere, ma i progressi non resteranno alla chiusura.',
  'storage-full': 'Lo spazio per salvare è esaurito: puoi continuare a leggere, ma i progressi più recenti non sono salvati.',
} as const;

const OTHER_TAB = "Questo episodio è andato avanti in un'altra scheda. Qui non salvo più, per non perdere quei progressi: scegli dove continuare.";

const noWait = () => Promise.resolve();
const quoted = (text: string, max = 60) => `«${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text}»`;

/** What the reader is told after a live edit stopped short of where they were (null: nothing to say). */
function replayNotice(stop: ReplayStop): Notice | null {
  if (stop.kind !== 'choice-gone') return null;
  const after = stop.lastLine ? `, dopo ${quoted(stop.lastLine)}` : '';
  const message = stop.ended
    ? `L'episodio è cambiato: ora finisce prima della scelta ${quoted(stop.choice)}. Sei alla fine${after}.`
    : `L'episodio è cambiato: la scelta ${quoted(stop.choice)} non c'è più. Sei al bivio in cui l'avevi fatta${after}.`;
  return { kind: 'story-updated', message };
}


export const createPlayerSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], PlayerSlice> =>
  (set, get) => {
    const clock = deps.clock ?? (() => performance.now());
    const later = laterOf(deps);
    const nextTask = deps.nextTask ?? noWait;

    // The live run is not state: it is the engine object the scene is derived from.
    let run: StoryRun | null = null;
    let engine: EngineModule | null = null;
    let json = '';
    // The open story's cast: the episodes', or none for a story from elsewhere (see opened.ts).
    let cast = deps.cast;
    let opening = 0;
    // Reading state of the current line: see `plan()`.
    let freshFrom = 0;
    let holdUntil = 0;
    let queued = false;
    // A choice key pressed while a pause holds the choices back: taken when the pause ends.
    let queuedChoice: number | null = null;
    let sectionsOf: { json: string; list: Section[] } | null = null;
    let reveal: Reveal | null = null;
    let choicesAt = 0;
    let suspended = false;
    let cancelTimer: (() => void) | null = null;
    // Saving for this episode waits: another tab moved it on, or its save is from a newer player.
    let holdSaves = false;
    // After another tab wrote this episode's chunks, the next save rewrites them all.
    let rewriteFrom = Infinity;
    // The chunk keys of this episode's stored save, as last written here (null: read them from storage).
    let savedChunks: string[] | null = null;
    let unwatch: (() => void) | null = null;
    let mode: RunMode = 'reader';
    // Where this run is stored: the slug, or `workshop.<slug>` for a workshop run.
    let slot = '';
    // The reading a live edit could not replay in full, and the run it left (see `replaceStory`).
    let cutShort: { run: StoryRun; last: Beat | undefined; reading: readonly Beat[] } | null = null;
    const changeListeners = new Set<(why: LocalChange) => void>();
    const changed = (why: LocalChange = 'step') => changeListeners.forEach((listener) => listener(why));

    const phaseOf = (r: StoryRun): SceneState['phase'] => {
      if (r.failure) return 'failed';
      return r.status === 'choose' ? 'choosing' : r.status === 'ended' ? 'ended' : 'reading';
    };

    const sceneOf = (r: StoryRun, notice: Notice | null): SceneState => {
      const t = r.transcript;
      const from = Math.max(r.stage.pageStart, t.length - PAGE_WINDOW);
      const phase = phaseOf(r);
      const held = holdUntil > clock();
      return {
        slug: r.id,
        meta: r.meta,
        phase,
        page: t.slice(from),
        pageHidden: from - r.stage.pageStart,
        beats: t.length,
        freshFrom,
        lastLine: t.findLast(isLine) ?? null,
        choices: phase === 'choosing' ? r.choices : [],
        choicesReady: phase === 'choosing' && !held && reveal === null,
        depth: r.depth,
        canStepBack: r.canStepBack,
        stage: copyStage(r.stage),
        held,
        reveal,
        notice,
        error: r.failure,
        ending: phase === 'ended' ? endingOf(t) : null,
      };
    };

    /** Saves the run and the episode's progress; a failed write becomes a notice, never an exception. */
    const persist = (r: StoryRun) => {
      if (holdSaves) return;
      const { result: written, chunks } = writeSave(deps.storage, slot, r.save(deps.now()), Math.min(rewriteFrom, r.takeChangedFrom()), savedChunks);
      savedChunks = chunks;
      rewriteFrom = Infinity;
      const scene = get().scene;
      const full = () => {
        if (written.ok || !scene || scene.slug !== r.id) return;
        const kind = written.reason === 'full' ? 'storage-full' : 'storage-unavailable';
        if (scene.notice?.kind !== kind) set({ scene: { ...scene, notice: { kind, message: STORAGE_MESSAGES[kind] } } });
      };
      if (mode === 'workshop') return full(); // a room's run is not the facilitator's reading
      const phase = phaseOf(r);
      if (written.ok) {
        const t = r.transcript;
        const from = Math.max(r.stage.pageStart, t.length - PAGE_WINDOW);
        writeSnapshot(deps.storage, slot, snapshotOf(t.slice(from), cast, phase, t.length, from - r.stage.pageStart));
      }
      const ended = phase === 'ended';
      const lastLine = r.transcript.findLast(isLine);
      const ending = ended ? endingOf(r.transcript) : null;
      const seen = get().episodes.find((e) => e.slug === r.id)?.progress.endings ?? [];
      get().recordProgress(r.id, {
        state: phase === 'failed' ? 'interrupted' : ended ? 'finished' : 'reading',
        where: lastLine?.text ?? '',
        endings: ending ? withEnding(seen, ending) : seen,
      });
      full();
    };

    // Saving waits until the new line is on screen; several quick steps make one save.
    let pendingSave: StoryRun | null = null;
    const flushSave = () => {
      const r = pendingSave;
      pendingSave = null;
      if (r) persist(r);
    };

    /**
     * What happens next by itself, one timer at a time: a typed line finishes, a pause ends (and a
     * step asked for during it is taken), a tag-only line passes, or auto-advance reads on.
     */
    const plan = () => {
      cancelTimer?.();
      cancelTimer = null;
      const r = run;
      if (!r) return;
      const phase = phaseOf(r);
      if (phase !== 'reading' && phase !== 'choosing') return;
      const now = clock();
      const at = (ms: number, task: () => void) => {
        cancelTimer = later(() => {
          cancelTimer = null;
          task();
        }, Math.max(0, ms));
      };
      if (reveal) {
        const end = reveal.start + reveal.duration;
        at(end - now, () => {
          reveal = null;
          update();
        });
        return;
      }
      if (holdUntil > now) {
        at(holdUntil - now, () => {
          holdUntil = 0;
          const choice = queuedChoice;
          queuedChoice = null;
          if (queued && run?.status === 'continue') step();
          else if (choice !== null && run?.status === 'choose') takeChoice(choice);
          else update();
        });
        return;
      }
      queued = false;
      queuedChoice = null;
      if (phase !== 'reading') return;
      const last = r.transcript.at(-1);
      if (last?.kind === 'direction') at(0, step); // says nothing: pass on (after its pause, above)
      else if (isLine(last) && mode === 'reader' && get().settings.autoAdvance && !suspended) at(readingTime(last.text), step);
    };

    const update = (notice: Notice | null = get().scene?.notice ?? null) => {
      if (!run) return;
      const scene = sceneOf(run, notice);
      if (scene.choicesReady && !get().scene?.choicesReady) choicesAt = clock();
      set({ scene });
      plan();
    };

    /**
     * Saves once the new line is on screen (several quick steps make one save). Only what the reader
     * does is saved: opening an episode writes nothing, so it never looks like a step to other tabs.
     */
    const saveSoon = () => {
      if (!run || pendingSave === run) return;
      flushSave(); // a different run (restart) first saves what the previous one left
      pendingSave = run;
      deps.defer(flushSave);
    };

    /** After a step forward: the new line may be typed out, and its `pause` holds the next step. */
    const arrived = (local = true) => {
      const last = run!.transcript.at(-1);
      const now = clock();
      const { reveal: mode, revealSpeed } = get().settings;
      reveal = mode === 'typewriter' && isLine(last) ? { id: last.id, start: now, duration: revealTime(last.text, revealSpeed) } : null;
      holdUntil = run!.stage.pause > 0 ? now + run!.stage.pause * 1000 : 0;
      queued = false;
      update();
      if (!local) return;
      saveSoon();
      changed();
    };

    const step = () => {
      if (!run || run.status !== 'continue' || phaseOf(run) === 'failed') return;
      run.next();
      if (!restarting()) arrived();
    };

    const takeChoice = (index: number) => {
      run!.choose(index);
      run!.next();
      if (!restarting()) arrived();
    };

    /** Inky's `# RESTART`: the story starts over from its beginning; the tagged line is not shown (as in Inky). */
    const restarting = () => {
      const last = run!.transcript.at(-1);
      if (!last || last.kind === 'choice' || !last.directions.some((d) => d.type === 'restart')) return false;
      get().restart();
      return true;
    };

    /** The page was redrawn from elsewhere (open, rewind, restart): nothing on it is new. */
    const settled = (notice?: Notice | null) => {
      freshFrom = run ? run.transcript.length : 0;
      reveal = null;
      holdUntil = 0;
      queued = false;
      queuedChoice = null;
      update(notice);
    };

    const startFresh = () => {
      run = engine!.StoryRun.start(json, cast, get().scene!.slug);
      run.next();
    };

    // An episode a screen left, closing at the end of this task (see `releaseEpisode`).
    let releasing: { slug: string } | null = null;

    const open = async (slug: string, fromStart = false, runMode: RunMode = 'reader'): Promise<void> => {
      if (releasing) {
        releasing = null;
        get().closeEpisode();
      }
      const opened = isOpenedId(slug) && get().opened?.id === slug ? get().opened : null;
      const source = get().episodeSource(slug) ?? (opened ? openedSource(opened) : undefined);
      const token = ++opening;
      const meta = parseMeta(source?.tags ?? []);
      const loading: SceneState = {
        slug, meta, phase: 'loading', page: [], pageHidden: 0, beats: 0, freshFrom: 0, lastLine: null,
        choices: [], choicesReady: false, depth: 0, canStepBack: false, stage: emptyStage(), held: false,
        reveal: null, notice: null, error: null, ending: null,
      };
      set({ scene: loading });
      if (!source) {
        set({ scene: { ...loading, phase: 'failed', error: `Non esiste un episodio «${slug}».` } });
        return;
      }
      try {
        const [module, loaded] = await Promise.all([deps.loadEngine(), source.load()]);
        if (token !== opening) return; // the reader has opened something else meanwhile
        engine = module;
        json = loaded.default;
        cast = opened ? NO_CAST : deps.cast;
      } catch (e) {
        if (token === opening) set({ scene: { ...loading, phase: 'failed', error: `L'episodio non si è caricato (${(e as Error).message}).` } });
        return;
      }
      // The opening (inkjs building the story, then reading to the first line) runs in tasks of its own,
      // not at the tail of the one that evaluated the modules: after the painted page, every long task counts.
      await nextTask();
      if (token !== opening) return;
      flushSave();
      try {
        mode = runMode;
        slot = runMode === 'workshop' ? `workshop.${slug}` : slug;
        // A new version of a picked file: its old save was dropped, and the reader is told so once here.
        const replaced = opened?.replaced && readSave(deps.storage, slot) === null;
        const notice = resumeSaved(slug, fromStart);
        if (!run) {
          // Built, then read to its first line in a later task: at 1× in Lighthouse's traces the two
          // together were a 42–49 ms task.
          const fresh = engine.StoryRun.start(json, cast, slug);
          await nextTask();
          if (token !== opening) return;
          fresh.next();
          run = fresh;
        }
        settled(notice ?? (replaced ? { kind: 'save-story-changed', message: SAVE_MESSAGES['story-changed'] } : null));
      } catch (e) {
        // Nothing that comes out of storage may leave the page stuck on "loading".
        run = null;
        set({ scene: { ...loading, phase: 'failed', error: `L'episodio non si è aperto (${(e as Error).message}).` } });
      }
      // A workshop's two windows share one run on purpose (they sync through a channel instead).
      if (mode === 'reader') watchOtherTabs(slug);
      else unwatch?.();
    };

    /**
     * Resumes the saved place (`run`; null when there is none to resume: the caller starts over); says
     * why when a save cannot be used (and keeps it).
     */
    const resumeSaved = (slug: string, fromStart: boolean): Notice | null => {
      const status = deps.storage.status;
      let notice: Notice | null = status === 'ok' ? null : { kind: `storage-${status}`, message: STORAGE_MESSAGES[`storage-${status}`] };
      holdSaves = false;
      savedChunks = null;
      if (fromStart) {
        removeSave(deps.storage, slot);
        dropAside(deps.storage, slot);
      }
      const saved = fromStart ? null : readSave(deps.storage, slot);
      run = null;
      if (saved !== null) {
        const resumed = engine!.StoryRun.resume(json, cast, slug, saved);
        if (resumed.ok) run = resumed.run;
        else {
          notice = { kind: `save-${resumed.error.kind}`, message: SAVE_MESSAGES[resumed.error.kind] };
          // A newer player's save stays where that player will look for it; anything else is set aside.
          if (resumed.error.kind === 'newer') holdSaves = true;
          else setAside(deps.storage, slot);
        }
      }
      return notice;
    };

    /** Another tab saving this episode makes this one stop saving and say so (see README: two tabs). */
    const watchOtherTabs = (slug: string) => {
      unwatch?.();
      const key = storageKeys.save(slug);
      unwatch = deps.storage.onChange((changed) => {
        if (changed !== key || run?.id !== slug || holdSaves) return;
        holdSaves = true;
        pendingSave = null;
        update({ kind: 'other-tab', message: OTHER_TAB });
      });
    };

    const rewind = (how: (r: StoryRun) => boolean) => {
      if (!run || !how(run)) return;
      settled();
      saveSoon();
      changed();
    };

    return {
      scene: null,

      openEpisode: open,

      advance: () => {
        if (!run) return;
        if (reveal) {
          reveal = null; // first show the whole line
          update();
        } else if (holdUntil > clock()) {
          queued = true; // taken when the pause ends, never lost
        } else {
          step();
        }
      },

      choose: (index, via = 'key') => {
        if (!run || run.status !== 'choose' || !run.choices.some((c) => c.index === index)) return;
        if (!get().scene?.choicesReady) {
          // A key is deliberate: kept until the pause before the choices ends. A tap on nothing is not.
          if (via === 'key' && holdUntil > clock()) queuedChoice = index;
          return;
        }
        if (via === 'pointer' && clock() - choicesAt < CHOICE_GRACE_MS) return;
        takeChoice(index);
      },

      back: () => rewind((r) => r.back()),
      backLine: () => rewind((r) => r.backLine()),
      returnTo: (beats) => rewind((r) => r.returnTo(beats)),

      transcript: () => (run ? run.transcript.slice() : []),

      setSuspended: (value) => {
        if (suspended === value) return;
        suspended = value;
        plan();
      },

      settingsChanged: () => plan(),

      restart: () => {
        if (!run) return;
        pendingSave = null; // the old place is being thrown away, not saved
        holdSaves = false;
        savedChunks = null;
        removeSave(deps.storage, slot);
        dropAside(deps.storage, slot);
        startFresh();
        settled(null);
        saveSoon();
        changed();
      },

      followOtherTab: () => {
        const slug = run?.id;
        if (!slug) return;
        pendingSave = null;
        const notice = resumeSaved(slug, false);
        if (!run) startFresh();
        settled(notice);
      },

      keepThisTab: () => {
        if (!run) return;
        holdSaves = false;
        rewriteFrom = 0;
        savedChunks = null;
        persist(run);
        update(null);
      },

      flushSave,

      releaseEpisode: (slug) => {
        const pending = { slug };
        releasing = pending;
        queueMicrotask(() => {
          if (releasing !== pending) return;
          releasing = null;
          get().closeEpisode();
        });
      },

      retainEpisode: (slug) => {
        if (releasing?.slug !== slug) return false;
        releasing = null;
        return true;
      },

      closeEpisode: () => {
        releasing = null;
        flushSave();
        unwatch?.();
        unwatch = null;
        opening++;
        cancelTimer?.();
        cancelTimer = null;
        run = null;
        set({ scene: null });
      },

      dismissNotice: () => {
        const scene = get().scene;
        if (scene) set({ scene: { ...scene, notice: null } });
      },

      runState: () => (run ? run.save(deps.now()) : null),

      adopt: (save) => {
        if (!run || !engine || save.story !== run.id) return;
        const before = run.transcript;
        const resumed = engine.StoryRun.resume(json, cast, run.id, save);
        if (!resumed.ok) return;
        run = resumed.run;
        const t = run.transcript;
        // Read on from where this window was: the new lines arrive as they do for the one who stepped.
        const readOn = t.length > before.length && before.length > 0 && JSON.stringify(t[before.length - 1]) === JSON.stringify(before.at(-1));
        if (readOn) arrived(false);
        else settled();
        // The window that stepped saves; this one reads the stored head before its own next save.
        pendingSave = null;
        savedChunks = null;
      },

      peek: () => (run ? run.peek() : null),

      sections: async () => {
        const story = json;
        if (sectionsOf?.json !== story) {
          const { listSections } = await import('../engine/sections');
          sectionsOf = { json: story, list: listSections(story, cast) };
        }
        return sectionsOf.list;
      },

      jumpToSection: async (name) => {
        if (!run) return;
        const read = run.transcript.findIndex((b) => b.kind !== 'choice' && b.section === name);
        if (read >= 0) return rewind((r) => r.returnTo(read + 1));
        const section = (await get().sections()).find((x) => x.name === name);
        if (!section || !run || !engine) return;
        const { playToSection } = await import('../engine/sections');
        // Keep the choices made so far when the route goes on from them; else start the route afresh.
        const made = run.transcript.flatMap((b) => (b.kind === 'choice' ? [b.index] : []));
        const onRoute = made.every((index, i) => section.route[i] === index);
        // Played on a copy: a route that no longer fits (a story edited meanwhile) leaves the run as it was.
        const copy = onRoute ? engine.StoryRun.resume(json, cast, run.id, run.save(deps.now())) : null;
        const target = copy?.ok ? copy.run : engine.StoryRun.start(json, cast, run.id);
        if (!playToSection(target, section.route.slice(copy?.ok ? made.length : 0), name)) return;
        run = target;
        settled();
        saveSoon();
        changed();
      },

      otherEnding: async () => {
        if (!run || run.status !== 'ended') return null;
        const story = json;
        const transcript = run.transcript.slice();
        const { otherEnding } = await import('../engine/other-ending');
        return otherEnding(story, deps.cast, transcript);
      },

      onLocalChange: (listener) => {
        changeListeners.add(listener);
        return () => void changeListeners.delete(listener);
      },

      replaceStory: (slug, nextJson) => {
        if (!run || !engine || run.id !== slug || nextJson === json) return;
        json = nextJson;
        // Until the reader moves, an edit replays the whole reading an earlier edit cut short: a
        // choice taken away by a half-done edit comes back, with the reader's place, once restored.
        const untouched = cutShort && cutShort.run === run && run.transcript.at(-1) === cutShort.last;
        const reading = untouched ? cutShort!.reading : run.transcript;
        const { run: rebuilt, stop } = engine.StoryRun.replay(json, deps.cast, slug, reading, run.seed);
        run = rebuilt;
        cutShort = stop.kind === 'choice-gone' ? { run, last: run.transcript.at(-1), reading } : null;
        // One notice at a time: a new one replaces the last; an edit that replays in full clears an
        // earlier edit's notice (the author fixed it) and leaves any other notice alone.
        const current = get().scene?.notice ?? null;
        settled(replayNotice(stop) ?? (current?.kind === 'story-updated' ? null : current));
        saveSoon(); // the place, in the new story
        changed('story-replaced');
      },
    };
  };
