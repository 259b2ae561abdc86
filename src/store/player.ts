import type { StateCreator } from 'zustand';
import type { StoryRun } from '../engine/run';
import type { SaveErrorKind } from '../engine/save';
import { emptyStage, stageAfter, type StageState } from '../engine/stage';
import { parseMeta } from '../engine/tags';
import type { Beat, ChoiceOption, EpisodeMeta } from '../engine/types';
import { storageKeys, type EngineModule, type StoreDeps } from './deps';
import type { AppState } from './index';

export type NoticeKind =
  | `save-${SaveErrorKind}`
  | 'storage-unavailable'
  | 'storage-full'
  | 'story-updated';

/** Something the reader should know that does not stop reading (shown with a way to restart). */
export interface Notice {
  kind: NoticeKind;
  message: string;
}

/**
 * The scene as the screen draws it. Plain data, derived from the run after every step, so a second
 * window (the presenter view) can mirror it.
 */
export interface SceneState {
  slug: string;
  meta: EpisodeMeta;
  phase: 'loading' | 'reading' | 'choosing' | 'ended' | 'failed';
  transcript: Beat[];
  choices: ChoiceOption[];
  /** How many choices the reader can step back. */
  depth: number;
  stage: StageState;
  notice: Notice | null;
  /** An ink runtime error that stopped the story (shown as an error panel). */
  error: string | null;
}

export interface PlayerSlice {
  scene: SceneState | null;
  /** Opens an episode where the reader left it, or from its first line when `fromStart`. */
  openEpisode: (slug: string, fromStart?: boolean) => Promise<void>;
  /** Shows the next line (when the story is not waiting for a choice). */
  advance: () => void;
  choose: (index: number) => void;
  /** Steps back to the previous choice point. */
  back: () => void;
  restart: () => void;
  closeEpisode: () => void;
  dismissNotice: () => void;
  /** Writes a pending save now (the page is being hidden or closed). */
  flushSave: () => void;
  /** A new compiled version of an episode arrived (live editing): keep the reader's place if it still exists. */
  replaceStory: (slug: string, json: string) => void;
}

const SAVE_MESSAGES: Record<SaveErrorKind, string> = {
  malformed: 'I progressi salvati di questo episodio sono danneggiati e non si possono riprendere.',
  outdated: 'I progressi salvati vengono da una versione precedente del lettore e non si possono riprendere.',
  'other-story': 'I progressi salvati qui appartengono a un altro episodio.',
  'story-changed': "L'episodio è cambiato da quando hai salvato e il punto in cui eri non esiste più.",
};

const STORAGE_MESSAGES = {
  'storage-unavailable': 'Questo browser non permette di salvare: puoi leggere, ma i progressi non resteranno alla chiusura.',
  'storage-full': 'Lo spazio per salvare è esaurito: puoi continuare a leggere, ma i progressi più recenti non sono salvati.',
} as const;

export const createPlayerSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], PlayerSlice> =>
  (set, get) => {
    // The live run is not state: it is the engine object the scene is derived from.
    let run: StoryRun | null = null;
    let engine: EngineModule | null = null;
    let json = '';
    let opening = 0;

    const phaseOf = (r: StoryRun): SceneState['phase'] => {
      if (r.issues.some((i) => i.severity === 'error')) return 'failed';
      return r.status === 'choose' ? 'choosing' : r.status === 'ended' ? 'ended' : 'reading';
    };

    const sceneOf = (r: StoryRun, notice: Notice | null): SceneState => {
      const transcript = r.transcript.slice();
      const failure = r.issues.find((i) => i.severity === 'error');
      return {
        slug: r.id,
        meta: r.meta,
        phase: phaseOf(r),
        transcript,
        choices: r.status === 'choose' ? r.choices : [],
        depth: r.depth,
        stage: stageAfter(transcript, deps.cast),
        notice,
        error: failure ? failure.message : null,
      };
    };

    /** Saves the run and the episode's progress; a failed write becomes a notice, never an exception. */
    const persist = (r: StoryRun) => {
      const written = deps.storage.write(storageKeys.save(r.id), JSON.stringify(r.save(deps.now())));
      const ended = phaseOf(r) === 'ended';
      const lastLine = r.transcript.findLast((b) => b.kind === 'speech' || b.kind === 'narration');
      const ending = ended ? r.transcript.findLast((b) => b.kind !== 'choice' && b.ending !== null) : undefined;
      const endingId = ending && ending.kind !== 'choice' ? ending.ending : null;
      const seen = get().episodes.find((e) => e.slug === r.id)?.progress.endings ?? [];
      get().recordProgress(r.id, {
        state: ended ? 'finished' : 'reading',
        where: lastLine && 'text' in lastLine ? lastLine.text : '',
        endings: endingId && !seen.includes(endingId) ? [...seen, endingId] : seen,
      });
      const scene = get().scene;
      if (written.ok || !scene || scene.slug !== r.id) return;
      const kind = written.reason === 'full' ? 'storage-full' : 'storage-unavailable';
      if (scene.notice?.kind !== kind) set({ scene: { ...scene, notice: { kind, message: STORAGE_MESSAGES[kind] } } });
    };

    // Saving waits until the new line is on screen; several quick steps make one save.
    let pendingSave: StoryRun | null = null;
    const flushSave = () => {
      const r = pendingSave;
      pendingSave = null;
      if (r) persist(r);
    };

    const update = (notice: Notice | null = get().scene?.notice ?? null) => {
      if (!run) return;
      set({ scene: sceneOf(run, notice) });
      if (pendingSave !== run) {
        flushSave(); // a different run (restart, reload) first saves what the previous one left
        pendingSave = run;
        deps.defer(flushSave);
      }
    };

    const startFresh = () => {
      run = engine!.StoryRun.start(json, deps.cast, get().scene!.slug);
      run.next();
    };

    const open = async (slug: string, fromStart = false): Promise<void> => {
      const source = deps.episodes.find((e) => e.slug === slug);
      const token = ++opening;
      const meta = parseMeta(source?.tags ?? []);
      const loading: SceneState = {
        slug, meta, phase: 'loading', transcript: [], choices: [], depth: 0,
        stage: emptyStage(), notice: null, error: null,
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
      } catch (e) {
        if (token === opening) set({ scene: { ...loading, phase: 'failed', error: `L'episodio non si è caricato (${(e as Error).message}).` } });
        return;
      }
      flushSave();
      let notice: Notice | null = deps.storage.persistent
        ? null
        : { kind: 'storage-unavailable', message: STORAGE_MESSAGES['storage-unavailable'] };
      if (fromStart) deps.storage.remove(storageKeys.save(slug));
      const saved = fromStart ? null : deps.storage.read(storageKeys.save(slug));
      run = null;
      if (saved !== null) {
        const resumed = engine.StoryRun.resume(json, deps.cast, slug, saved);
        if (resumed.ok) run = resumed.run;
        else notice = { kind: `save-${resumed.error.kind}`, message: SAVE_MESSAGES[resumed.error.kind] };
      }
      if (!run) startFresh();
      update(notice);
    };

    return {
      scene: null,

      openEpisode: open,

      advance: () => {
        if (!run || run.status !== 'continue' || phaseOf(run) === 'failed') return;
        run.next();
        update();
      },

      choose: (index) => {
        if (!run || run.status !== 'choose') return;
        if (!run.choices.some((c) => c.index === index)) return;
        run.choose(index);
        run.next();
        update();
      },

      back: () => {
        if (!run || !run.back()) return;
        // A failed line is undone with the choice that led to it.
        run.issues.length = 0;
        update();
      },

      restart: () => {
        if (!run) return;
        pendingSave = null; // the old place is being thrown away, not saved
        deps.storage.remove(storageKeys.save(run.id));
        startFresh();
        update(null);
      },

      flushSave,

      closeEpisode: () => {
        flushSave();
        opening++;
        run = null;
        set({ scene: null });
      },

      dismissNotice: () => {
        const scene = get().scene;
        if (scene) set({ scene: { ...scene, notice: null } });
      },

      replaceStory: (slug, nextJson) => {
        if (!run || !engine || run.id !== slug) return;
        json = nextJson;
        const resumed = engine.StoryRun.resume(json, deps.cast, slug, run.save(deps.now()));
        if (resumed.ok) {
          run = resumed.run;
          update({ kind: 'story-updated', message: "L'episodio è stato aggiornato: sei rimasto allo stesso punto." });
        } else {
          startFresh();
          update({ kind: 'story-updated', message: "L'episodio è stato aggiornato e il punto in cui eri non esiste più: si riparte dall'inizio." });
        }
      },
    };
  };
