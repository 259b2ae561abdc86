// Workshop mode: one run shown to a room (projector) and driven from a presenter window. Both windows
// hold the same run through the player slice (same rules of reading); after every step either window
// takes, it sends its whole state (not the key it got) over the channel, and the other adopts it.
// State, not events: a window that missed a message, reloaded or opened late asks, and is sent it.
import type { StateCreator } from 'zustand';
import type { SaveData } from '../engine/save';
import { laterOf, type StoreDeps } from './deps';
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
  /** The room's show of hands at the last choice, shown as a bar chart until the next step. */
  hands: { options: { text: string; count: number }[]; chosen: string } | null;
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
  /** Chooses the pointed option, or the one at `at` (its place in the list) when given. */
  choosePointed: (at?: number) => void;
  /** Starts the episode over for the next group (the facilitator's own reading is untouched). */
  nextGroup: () => void;
  /** Asks the other window for its state (after this one was hidden, throttled or reloaded). */
  resync: () => void;
  /** Chooses, with the show-of-hands counts typed for the options (logged, and shown to the room). */
  chooseWithHands: (index: number, counts: Record<string, number>) => void;
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
    const later = laterOf(deps);
    let rev = 0;
    let stop: (() => void)[] = [];
    let lastHeard = 0;

    const shared = (w: WorkshopState): WorkshopShared => ({
      blackout: w.blackout, prompt: w.prompt, pointed: w.pointed, group: w.group, groupStartedAt: w.groupStartedAt, hands: w.hands,
    });
    // What the group log needs to know about the step just taken here.
    let seen = { choices: 0, section: null as string | null, offered: [] as string[] };
    let pendingHands: Record<string, number> | null = null;

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
      remember();
      set({ workshop: { ...get().workshop!, ...raw.shared, connected: true } });
    };

    /** Notes what the scene offers now, to log the next step against it. */
    const remember = () => {
      const scene = get().scene;
      seen = {
        choices: scene?.depth ?? 0,
        section: scene?.stage.section ?? null,
        offered: scene?.choices.map((c) => c.text) ?? [],
      };
    };

    /** Logs the step just taken here (a choice, a new section) in the group's log; returns a show of hands to share. */
    const logStep = (slug: string): WorkshopShared['hands'] => {
      const scene = get().scene;
      let hands: WorkshopShared['hands'] = null;
      if (scene && scene.depth > seen.choices) {
        const chosen = get().transcript().findLast((b) => b.kind === 'choice');
        if (chosen && chosen.kind === 'choice') {
          const counts = pendingHands ?? undefined;
          get().logChoice(slug, { options: seen.offered, chosen: chosen.text, section: seen.section, hands: counts });
          if (counts) hands = { options: seen.offered.map((text) => ({ text, count: counts[text] ?? 0 })), chosen: chosen.text };
        }
      }
      pendingHands = null;
      const section = scene?.stage.section ?? null;
      if (section && section !== seen.section) get().logSection(slug, section);
      remember();
      return hands;
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
        // The group under way is the log's last one, unless it ended: then a new one starts.
        const last = get().workshopLogs[slug]?.groups.at(-1);
        const current = last && !last.endedAt ? last : get().startGroup(slug, deps.now());
        const group = current.number;
        const groupStartedAt = current.startedAt;
        set({ workshop: { slug, role, blackout: false, prompt: null, pointed: null, group, groupStartedAt, hands: null, connected: false } });
        await get().openEpisode(slug, false, 'workshop');
        if (get().workshop?.slug !== slug) return;
        if (deps.channel) stop.push(deps.channel.subscribe(receive));
        remember();
        stop.push(
          get().onLocalChange((why) => {
            const w = get().workshop;
            if (!w) return;
            // A live edit: each window rebuilt its own run from the same reading and seed (the same
            // result); only what the next step is logged against changes. Nothing to log or send.
            if (why === 'story-replaced') return remember();
            const hands = logStep(w.slug);
            // A step clears the clicker's pointer and the last show of hands (unless it just made one).
            changedHere({ pointed: null, hands });
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
      showPrompt: (text, seconds) => {
        const w = get().workshop;
        if (w) get().logPrompt(w.slug, text, deps.now(), seconds ?? undefined);
        changedHere({ prompt: { text, shownAt: deps.now(), seconds } });
      },

      chooseWithHands: (index, counts) => {
        pendingHands = Object.keys(counts).length ? counts : null;
        get().choose(index, 'key');
        pendingHands = null;
      },
      hidePrompt: () => changedHere({ prompt: null }),

      point: (delta) => {
        const w = get().workshop;
        const options = get().scene?.choices.length ?? 0;
        if (!w || options === 0 || !get().scene?.choicesReady) return;
        const from = w.pointed ?? (delta > 0 ? -1 : options);
        changedHere({ pointed: (((from + delta) % options) + options) % options });
      },

      choosePointed: (at) => {
        const place = at ?? get().workshop?.pointed;
        const choice = place !== null && place !== undefined ? get().scene?.choices[place] : undefined;
        if (choice) get().choose(choice.index, 'key');
      },

      nextGroup: () => {
        const w = get().workshop;
        if (!w) return;
        const group = get().startGroup(w.slug, deps.now()); // ends the previous group in the log
        get().restart();
        changedHere({ group: group.number, groupStartedAt: group.startedAt, blackout: false, prompt: null, pointed: null, hands: null });
      },

      resync: () => {
        const w = get().workshop;
        if (w) send({ t: 'hello', slug: w.slug, from: self });
      },
    };
  };
