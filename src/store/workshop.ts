// Workshop mode: one run shown to a room (projector) and driven from a presenter window. Both windows
// hold the same run through the player slice (same rules of reading); after every step either window
// takes, it sends its whole state (not the key it got) over the channel, and the other adopts it.
// State, not events: a window that missed a message, reloaded or opened late asks, and is sent it.
import type { StateCreator } from 'zustand';
import type { SaveData } from '../engine/save';
import type { StoreDeps } from './deps';
import type { AppState } from './index';

export type WorkshopRole = 'projector' | 'presenter';

/** What both windows show the same way (synced with the run). */
export interface WorkshopShared {
  /** The room's screen is black (B, `.` or a clicker's black-screen key). */
  blackout: boolean;
  /** A discussion question shown large to the room, with an optional countdown. */
  prompt: { text: string; shownAt: number; seconds: number | null } | null;
  /** The option a clicker points at (Page Down at a choice point moves it; holding it confirms). */
  pointed: number | null;
  /** Which group of the workshop this is (1, 2, …) and when it started (ms, wall clock). */
  group: number;
  groupStartedAt: number;
}

export interface WorkshopState extends WorkshopShared {
  slug: string;
  role: WorkshopRole;
  /** Another window of this workshop answered recently. */
  connected: boolean;
}

export interface WorkshopSlice {
  workshop: WorkshopState | null;
  /** Opens the episode's workshop run in this window as `role`, and joins the other window if open. */
  openWorkshop: (slug: string, role: WorkshopRole) => Promise<void>;
  closeWorkshop: () => void;
  setBlackout: (on: boolean) => void;
  showPrompt: (text: string, seconds: number | null) => void;
  hidePrompt: () => void;
  /** Moves the clicker's pointer through the options (+1 / -1), wrapping. */
  point: (delta: number) => void;
  /** Chooses the pointed option. */
  choosePointed: () => void;
  /** Starts the episode over for the next group (the facilitator's own reading is untouched). */
  nextGroup: () => void;
  /** Asks the other window for its state (after this one was hidden, throttled or reloaded). */
  resync: () => void;
}

type Message =
  | { t: 'hello'; slug: string; from: string }
  | { t: 'beat'; slug: string; from: string }
  | { t: 'state'; slug: string; from: string; rev: number; save: SaveData | null; shared: WorkshopShared };

const isMessage = (m: unknown): m is Message =>
  typeof m === 'object' && m !== null && typeof (m as Message).t === 'string' && typeof (m as Message).slug === 'string';

const HEARTBEAT_MS = 1000;
const PEER_TIMEOUT_MS = 3500;

export const createWorkshopSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], WorkshopSlice> =>
  (set, get) => {
    const self = Math.random().toString(36).slice(2);
    const later =
      deps.later ??
      ((task: () => void, ms: number) => {
        const id = setTimeout(task, ms);
        return () => clearTimeout(id);
      });
    let rev = 0;
    let stop: (() => void)[] = [];
    let lastHeard = 0;

    const shared = (w: WorkshopState): WorkshopShared => ({
      blackout: w.blackout, prompt: w.prompt, pointed: w.pointed, group: w.group, groupStartedAt: w.groupStartedAt,
    });

    const groupKey = (slug: string) => `sihv.v1.workshop.${slug}`;
    const storedGroup = (slug: string): { group: number; groupStartedAt: number } => {
      try {
        const v = JSON.parse(deps.storage.read(groupKey(slug)) ?? 'null');
        if (v && Number.isInteger(v.group) && typeof v.groupStartedAt === 'number') return v;
      } catch {
        /* a damaged entry starts group 1 again */
      }
      return { group: 1, groupStartedAt: deps.now() };
    };

    const send = (message: Message) => deps.channel?.post(message);

    const broadcast = () => {
      const w = get().workshop;
      if (!w) return;
      send({ t: 'state', slug: w.slug, from: self, rev, save: get().runState(), shared: shared(w) });
    };

    /** A change made in this window: it becomes the newest state, for both. */
    const changedHere = (patch: Partial<WorkshopShared> = {}) => {
      const w = get().workshop;
      if (!w) return;
      rev++;
      set({ workshop: { ...w, ...patch } });
      if ('group' in patch) deps.storage.write(groupKey(w.slug), JSON.stringify({ group: patch.group, groupStartedAt: patch.groupStartedAt }));
      broadcast();
    };

    const receive = (raw: unknown) => {
      const w = get().workshop;
      if (!w || !isMessage(raw) || raw.slug !== w.slug || raw.from === self) return;
      lastHeard = deps.now();
      if (!w.connected) set({ workshop: { ...w, connected: true } });
      if (raw.t === 'hello') return broadcast();
      if (raw.t !== 'state') return;
      // The newest state wins; on a tie (both stepped at once) the same window wins in both.
      if (raw.rev < rev || (raw.rev === rev && raw.from < self)) return;
      rev = raw.rev;
      if (raw.save) get().adopt(raw.save);
      set({ workshop: { ...get().workshop!, ...raw.shared, connected: true } });
    };

    const heartbeat = () => {
      const w = get().workshop;
      if (!w) return;
      send({ t: 'beat', slug: w.slug, from: self });
      if (w.connected && deps.now() - lastHeard > PEER_TIMEOUT_MS) set({ workshop: { ...w, connected: false } });
      stop.push(later(heartbeat, HEARTBEAT_MS));
    };

    return {
      workshop: null,

      openWorkshop: async (slug, role) => {
        get().closeWorkshop();
        const { group, groupStartedAt } = storedGroup(slug);
        set({ workshop: { slug, role, blackout: false, prompt: null, pointed: null, group, groupStartedAt, connected: false } });
        await get().openEpisode(slug, false, 'workshop');
        if (get().workshop?.slug !== slug) return;
        if (deps.channel) stop.push(deps.channel.subscribe(receive));
        stop.push(
          get().onLocalChange(() => {
            const w = get().workshop;
            // A step clears the clicker's pointer; a choice made elsewhere than by pointing too.
            if (w) changedHere(w.pointed === null ? {} : { pointed: null });
          }),
        );
        send({ t: 'hello', slug, from: self });
        heartbeat();
      },

      closeWorkshop: () => {
        stop.forEach((s) => s());
        stop = [];
        rev = 0;
        if (get().workshop) set({ workshop: null });
      },

      setBlackout: (on) => changedHere({ blackout: on }),
      showPrompt: (text, seconds) => changedHere({ prompt: { text, shownAt: deps.now(), seconds } }),
      hidePrompt: () => changedHere({ prompt: null }),

      point: (delta) => {
        const w = get().workshop;
        const options = get().scene?.choices.length ?? 0;
        if (!w || options === 0 || !get().scene?.choicesReady) return;
        const from = w.pointed ?? (delta > 0 ? -1 : options);
        changedHere({ pointed: (((from + delta) % options) + options) % options });
      },

      choosePointed: () => {
        const w = get().workshop;
        const choice = w?.pointed !== null && w?.pointed !== undefined ? get().scene?.choices[w.pointed] : undefined;
        if (choice) get().choose(choice.index, 'key');
      },

      nextGroup: () => {
        const w = get().workshop;
        if (!w) return;
        get().restart();
        changedHere({ group: w.group + 1, groupStartedAt: deps.now(), blackout: false, prompt: null, pointed: null });
      },

      resync: () => {
        const w = get().workshop;
        if (w) send({ t: 'hello', slug: w.slug, from: self });
      },
    };
  };
