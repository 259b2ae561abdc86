import { Story } from 'inkjs';
import { isLine } from './beats';
import { fingerprint } from './fingerprint';
import { checkSave, isSaveError, SAVE_SCHEMA, type SaveData, type SaveError, type Snapshot } from './save';
import { splitSpeaker } from './speaker';
import { applyBeat, emptyStage, stageAfter, type StageState } from './stage';
import { parseMeta, parseTags } from './tags';
import type { Beat, Cast, ChoiceOption, EpisodeMeta, RunStatus, StoryBeat, StoryIssue } from './types';

/** An authoring mistake met while playing (the stories check reports these; readers never see them). */
export interface AuthoringProblem {
  kind: 'unknown-speaker' | 'unknown-tag' | 'bad-tag';
  message: string;
  path: string;
}

/** Saves keep this many rewind points; the in-memory history is unlimited. */
export const MAX_SAVED_SNAPSHOTS = 200;

/**
 * A line checkpoint every this many beats: stepping back one line reloads the nearest checkpoint and
 * replays at most this many beats, so it costs the same at line 10 and at line 10,000.
 */
export const CHECKPOINT_EVERY = 16;

/** Saves keep the newest line checkpoints only; older ones are rebuilt by replay when needed. */
const MAX_SAVED_CHECKPOINTS = 4;


 /** What the next step would show, for the presenter: a line, the options with the first line of each, or the end. */
export type Peek =
  | { kind: 'line'; beat: StoryBeat }
  | { kind: 'choices'; options: { index: number; text: string; first: StoryBeat | null }[] }
  | { kind: 'end' };

type Resumed = { ok: true; run: StoryRun; storyChanged: boolean } | { ok: false; error: SaveError };

/**
 * Where a replay into an edited story stopped: it went all the way (`complete`); a choice the reader
 * made is no longer offered (`choice-gone`: the run stands at that choice point, or at the end when
 * the story now ends before it); or the new story failed at runtime (`failed`: see `failure`).
 */
export type ReplayStop =
  | { kind: 'complete' }
  | { kind: 'choice-gone'; choice: string; choicesKept: number; lastLine: string | null; ended: boolean }
  | { kind: 'failed' };

/**
 * One reading of one episode: steps the ink story a line at a time, turns output into typed beats,
 * keeps a snapshot per choice for rewind, and saves/restores. Never throws on ink runtime errors:
 * they are collected in `issues`.
 */
export class StoryRun {
  readonly meta: EpisodeMeta;
  /** Tells story versions apart. Hashed on first use (a save, or checking one), not while the episode opens. */
  get fingerprint(): string {
    return (this.fingerprintMemo ??= fingerprint(this.json));
  }
  private fingerprintMemo: string | null = null;
  readonly issues: StoryIssue[] = [];
  readonly problems: AuthoringProblem[] = [];
  transcript: Beat[] = [];
  /** The stage after the latest beat, kept up to date beat by beat. */
  stage: StageState = emptyStage();
  /** Rewind points at each choice made (the state just before choosing), oldest first. */
  private snapshots: Snapshot[] = [];
  /** States after every CHECKPOINT_EVERY-th beat, for stepping back one line. */
  private checkpoints: Snapshot[] = [];
  private readonly initialState: string;
  private atStart = true;
  /** Lowest transcript length since `takeChangedFrom()`: what a save must rewrite. */
  private changedFrom = 0;
  /** Keep rewind points (readers); tools that explore every path load states themselves. */
  private rewindable = true;

  /**
   * The ink state as JSON, kept until the state moves. The idle save after a step makes it; choosing
   * reuses it for its rewind point instead of serialising the state again inside the click. Ink moves
   * only through `inkContinue`, `inkChoose` and `inkLoad`, which drop it.
   */
  private stateJsonMemo: string | null = null;

  /** A second run of the same story, for looking ahead without moving this one (made on first use). */
  private peeker: StoryRun | null = null;

  private constructor(
    private readonly story: Story,
    private readonly cast: Cast,
    readonly id: string,
    private readonly json: string,
  ) {
    this.meta = parseMeta(story.globalTags ?? []);
    // As Inky and inklecate do: an EXTERNAL function with an ink body runs that body when nothing is bound.
    story.allowExternalFunctionFallbacks = true;
    this.initialState = this.stateJson;
    story.onError = (message, type) => {
      // inkjs's ErrorType: 0 author, 1 warning, 2 error.
      this.issues.push({ severity: type === 2 ? 'error' : 'warning', message });
    };
  }

  /**
   * Starts an episode from its compiled JSON. `id` names it in saves (the episode's slug). `seed`
   * fixes ink's random seed (a replay takes the old run's, so shuffles and RANDOM draw the same).
   */
  static start(json: string, cast: Cast, id = '', seed?: number): StoryRun {
    const story = new Story(json);
    if (seed !== undefined) story.state.storySeed = seed;
    return new StoryRun(story, cast, id, json);
  }

  /**
   * Rebuilds a reading in an edited story, as Inky does on every edit: starts the new story, makes
   * the recorded choices again in order, then reads on as many beats as the reader had read after
   * the last choice (fewer when the story now stops sooner). The lines come from the new story, and
   * rewind points are recorded as they would be by reading, so stepping back works as before.
   * Linear in the transcript: each beat and choice is played once.
   */
  static replay(json: string, cast: Cast, id: string, previous: readonly Beat[], seed?: number): { run: StoryRun; stop: ReplayStop } {
    const run = StoryRun.start(json, cast, id, seed);
    const lastChoice = previous.findLastIndex((b) => b.kind === 'choice');
    let choicesKept = 0;
    for (const recorded of previous) {
      if (recorded.kind !== 'choice') continue;
      run.readAll();
      if (run.failure) return { run, stop: { kind: 'failed' } };
      const index = run.matchChoice(recorded);
      if (index === null) {
        const lastLine = run.transcript.findLast(isLine)?.text ?? null;
        return { run, stop: { kind: 'choice-gone', choice: recorded.text, choicesKept, lastLine, ended: run.status === 'ended' } };
      }
      run.choose(index);
      choicesKept++;
    }
    // A run always shows a line once started or after a choice (the player reads one at once).
    const tail = Math.max(1, previous.length - (lastChoice + 1));
    for (let read = 0; read < tail && run.next(); read++);
    return { run, stop: run.failure ? { kind: 'failed' } : { kind: 'complete' } };
  }

  /**
   * The option that stands for a recorded choice at this choice point, or null. By text first.
   * When no option has the recorded text but the point offers as many options as it did then and
   * the recorded position exists, the author has most likely reworded that option in place (a
   * typo, a better phrase): the option at the same position is taken, with its new words. When the
   * count changed, options were added or removed and positions moved: following "the same index"
   * could silently take another branch, so the replay stops there instead.
   */
  private matchChoice(recorded: Extract<Beat, { kind: 'choice' }>): number | null {
    const options = this.story.currentChoices;
    const same = options.filter((c) => c.text === recorded.text);
    if (same.length > 0) return (same.find((c) => c.index === recorded.index) ?? same[0]).index;
    if (recorded.offered === options.length && recorded.index < options.length) return options[recorded.index].index;
    return null;
  }

  /** Ink's random seed for this run (a replay into an edited story reuses it). */
  get seed(): number {
    return this.story.state.storySeed;
  }

  /** A run without rewind points, for tools that explore every path (they save and load states themselves). */
  static forExploring(json: string, cast: Cast): StoryRun {
    const run = StoryRun.start(json, cast);
    run.rewindable = false;
    return run;
  }

  /** Restores a save. Returns a typed error instead of throwing when the save cannot be used. */
  static resume(json: string, cast: Cast, id: string, raw: unknown): Resumed {
    const save = checkSave(raw, id);
    if (isSaveError(save)) return { ok: false, error: save };
    const run = StoryRun.start(json, cast, id);
    const storyChanged = save.fingerprint !== run.fingerprint;
    try {
      run.loadState(save.state);
    } catch (e) {
      return {
        ok: false,
        error: storyChanged
          ? { kind: 'story-changed', message: 'The episode has changed since this progress was saved, and the saved place no longer exists.' }
          : { kind: 'malformed', message: `The saved progress is damaged (${(e as Error).message}).` },
      };
    }
    run.atStart = false;
    run.transcript = save.transcript;
    run.stage = stageAfter(run.transcript, cast);
    // Rewind points from an older version of the story might not load: keep them only if unchanged.
    run.snapshots = storyChanged ? [] : save.snapshots;
    run.checkpoints = storyChanged ? [] : save.checkpoints;
    if (save.error) run.issues.push({ severity: 'error', message: save.error });
    return { ok: true, run, storyChanged };
  }

  /** The ink runtime error that stopped this run, if any (it stays until a rewind or restart). */
  get failure(): string | null {
    return this.issues.find((i) => i.severity === 'error')?.message ?? null;
  }

  get status(): RunStatus {
    if (this.story.canContinue) return 'continue';
    return this.story.currentChoices.length > 0 ? 'choose' : 'ended';
  }

  get choices(): ChoiceOption[] {
    return this.story.currentChoices.map((c) => ({ index: c.index, text: c.text }));
  }

  /** How many choices can be stepped back. */
  get depth(): number {
    return this.snapshots.length;
  }

  /**
   * What the next step would show, computed on a copy of the ink state: the next line, or at a choice
   * point the first line behind each option. This run does not move.
   */
  peek(): Peek {
    if (this.failure) return { kind: 'end' };
    const state = this.stateJson;
    const peeker = (this.peeker ??= StoryRun.forExploring(this.json, this.cast));
    const firstBeat = () => {
      peeker.transcript = [];
      peeker.issues.length = 0;
      const beat = peeker.next();
      return peeker.failure ? null : beat;
    };
    const load = () => {
      peeker.loadState(state);
      peeker.atStart = this.atStart;
    };
    if (this.status === 'continue') {
      load();
      const beat = firstBeat();
      return beat ? { kind: 'line', beat } : { kind: 'end' };
    }
    if (this.status === 'choose') {
      const options = this.choices.map((c) => {
        load();
        peeker.inkChoose(c.index);
        return { index: c.index, text: c.text, first: firstBeat() };
      });
      return { kind: 'choices', options };
    }
    return { kind: 'end' };
  }

  /** Whether there is an earlier line to step back to. */
  get canStepBack(): boolean {
    return this.snapshots.length > 0 || this.lineBefore(this.transcript.length) > 0;
  }

  /** Where the story is now (`knot.stitch`), or '' at the end. */
  get position(): string {
    return namedPath(this.story.state.currentPathString);
  }

  /** Reads the next line. Blank output is skipped; tags alone become a direction beat. */
  next(): StoryBeat | null {
    while (this.story.canContinue && !this.failure) {
      const before = this.issues.length;
      const from = this.story.state.currentPathString;
      let text: string;
      try {
        text = this.inkContinue();
      } catch (e) {
        // inkjs throws for errors it cannot route through onError (e.g. a broken state).
        this.issues.push({ severity: 'error', message: (e as Error).message });
        return null;
      }
      const failed = this.issues.slice(before).some((i) => i.severity === 'error');
      // Where the line came from: the last content evaluated, else where evaluation began.
      const last = this.story.state.previousPointer?.path?.componentsString ?? null;
      const beat = this.toBeat(text.trim(), this.lineTags(), namedPath(last) || namedPath(from));
      // The text of a failing step is kept: the reader sees what the story said before it stopped.
      if (beat && failed) this.push(beat);
      if (failed) return null;
      if (beat) {
        this.push(beat);
        if (this.rewindable && this.transcript.length % CHECKPOINT_EVERY === 0) {
          this.checkpoints.push({ state: this.stateJson, transcriptLength: this.transcript.length });
        }
        return beat;
      }
    }
    return null;
  }

  /** Reads until a choice point or the end; returns the beats read. */
  readAll(): StoryBeat[] {
    const beats: StoryBeat[] = [];
    for (let beat = this.next(); beat; beat = this.next()) beats.push(beat);
    return beats;
  }

  /** Picks a choice by its index; remembers where we were so `back()` can return here. */
  choose(index: number): void {
    const choice = this.story.currentChoices.find((c) => c.index === index);
    if (!choice || this.story.canContinue) throw new Error(`No choice ${index} here`);
    if (this.rewindable) this.snapshots.push({ state: this.stateJson, transcriptLength: this.transcript.length });
    const offered = this.story.currentChoices.length;
    this.inkChoose(index);
    this.push({ kind: 'choice', id: this.transcript.length, text: choice.text, index, offered });
  }

  /** Steps back to the last choice point, trimming the transcript to match. False when there is none. */
  back(): boolean {
    const snapshot = this.snapshots.at(-1);
    if (!snapshot) return false;
    return this.rewindTo(snapshot.transcriptLength);
  }

  /**
   * Steps back one line: the latest spoken line goes, and the story stands just after the line before
   * it (or at the choice point, when a choice came in between). False at the first line.
   */
  backLine(): boolean {
    const last = this.lineBefore(this.transcript.length);
    if (last < 0) return false;
    let target = last;
    while (target > 0 && this.transcript[target - 1].kind === 'direction') target--;
    if (target > 0 && this.transcript[target - 1].kind === 'choice') target--;
    else target = this.lineBefore(target) + 1;
    if (target <= 0) return false;
    return this.rewindTo(target);
  }

  /** Returns to where the story stood after `length` beats (the history's "back to here"). */
  returnTo(length: number): boolean {
    return length > 0 && this.rewindTo(length);
  }

  /**
   * Puts the story back where it stood when the transcript had `length` beats: reloads the nearest
   * rewind point at or before it and replays the beats in between (ink is deterministic: its random
   * seed is part of the state), re-making recorded choices by index.
   */
  private rewindTo(length: number): boolean {
    if (length >= this.transcript.length) return false;
    this.issues.length = 0; // a failed step is undone with the step that led to it
    // Nearest point first; a point that no longer loads (a damaged save) is dropped and the next one
    // tried, down to the story's start, which always loads: stepping back never silently fails.
    const points = [...this.snapshots, ...this.checkpoints]
      .filter((p) => p.transcriptLength <= length)
      .sort((a, b) => b.transcriptLength - a.transcriptLength);
    points.push({ state: this.initialState, transcriptLength: 0 });
    const beats = this.transcript;
    const from = points.find((p) => {
      try {
        this.inkLoad(p.state);
        return true;
      } catch {
        this.snapshots = this.snapshots.filter((s) => s !== p);
        this.checkpoints = this.checkpoints.filter((s) => s !== p);
        return false;
      }
    })!;
    this.atStart = from.transcriptLength === 0;
    this.transcript = beats.slice(0, from.transcriptLength);
    const replaying = this.problems.length;
    try {
      while (this.transcript.length < length) {
        const recorded = beats[this.transcript.length];
        if (recorded.kind === 'choice') this.inkChoose(recorded.index);
        else if (!this.continueOne()) break; // only with a damaged save: keep what was rebuilt
        this.transcript.push(recorded); // the same beat, so lines already drawn are not redrawn
      }
    } catch (e) {
      this.issues.push({ severity: 'error', message: `Stepping back failed (${(e as Error).message})` });
    }
    this.problems.length = replaying; // replayed lines were already reported
    this.snapshots = this.snapshots.filter((p) => p.transcriptLength < length);
    this.checkpoints = this.checkpoints.filter((p) => p.transcriptLength <= length);
    this.stage = stageAfter(this.transcript, this.cast);
    this.changedFrom = Math.min(this.changedFrom, this.transcript.length);
    return true;
  }

  /** Continues until ink outputs what makes a beat (as `next()` does, without recording it). */
  private continueOne(): boolean {
    while (this.story.canContinue) {
      if (this.toBeat(this.inkContinue().trim(), this.lineTags(), '')) return true;
    }
    return false;
  }

  /** Index of the latest spoken line before `end`, or -1. */
  private lineBefore(end: number): number {
    for (let i = end - 1; i >= 0; i--) if (isLine(this.transcript[i])) return i;
    return -1;
  }

  private push(beat: Beat): void {
    applyBeat(this.stage, beat, this.transcript.length, this.cast);
    this.transcript.push(beat);
  }

  /** The lowest transcript index changed since the last call (for saves that rewrite only what changed). */
  takeChangedFrom(): number {
    const from = this.changedFrom;
    this.changedFrom = this.transcript.length;
    return from;
  }

  /** Everything needed to come back to this exact line later. */
  save(now: number): SaveData {
    return {
      schema: SAVE_SCHEMA,
      story: this.id,
      fingerprint: this.fingerprint,
      savedAt: now,
      state: this.stateJson,
      // By reference: the store writes it in chunks, only the ones that changed.
      transcript: this.transcript,
      snapshots: this.snapshots.slice(-MAX_SAVED_SNAPSHOTS),
      checkpoints: this.checkpoints.slice(-MAX_SAVED_CHECKPOINTS),
      error: this.failure,
    };
  }

  /** The ink state as JSON (serialised once per position: see `stateJsonMemo`). */
  get stateJson(): string {
    return (this.stateJsonMemo ??= this.story.state.toJson());
  }

  /** Times a knot or stitch has been visited (all of them only if compiled with countAllVisits). */
  visitCount(path: string): number {
    try {
      return this.story.state.VisitCountAtPathString(path) ?? 0;
    } catch {
      return 0;
    }
  }

  loadState(state: string): void {
    this.inkLoad(state);
    this.atStart = false;
  }

  // The only calls that move ink's state: each drops the JSON kept for the old position.
  private inkContinue(): string {
    this.stateJsonMemo = null;
    return this.story.Continue() ?? '';
  }

  private inkChoose(index: number): void {
    this.stateJsonMemo = null;
    this.story.ChooseChoiceIndex(index);
  }

  private inkLoad(state: string): void {
    this.stateJsonMemo = null;
    this.story.state.LoadJson(state);
  }

  private lineTags(): string[] {
    const tags = this.story.currentTags ?? [];
    if (!this.atStart) return tags;
    // Global tags at the top of a file also come back as the first line's tags: they are metadata.
    this.atStart = false;
    const globals = this.story.globalTags ?? [];
    return globals.every((g, i) => tags[i] === g) ? tags.slice(globals.length) : tags;
  }

  private toBeat(text: string, tags: string[], path: string): StoryBeat | null {
    const line = splitSpeaker(text, this.cast);
    const { unknown, problems, ...parsed } = parseTags(tags, this.cast, line.speaker);
    if (line.unknownSpeaker) this.problem('unknown-speaker', `unknown speaker '${line.unknownSpeaker}' in "${text}"`, path);
    for (const tag of unknown) this.problem('unknown-tag', `unknown tag '# ${tag}'`, path);
    for (const message of problems) this.problem('bad-tag', message, path);

    const base = { id: this.transcript.length, path, ...parsed };
    if (line.text) {
      return line.speaker
        ? { kind: 'speech', speaker: line.speaker, text: line.text, ...base }
        : { kind: 'narration', text: line.text, ...base };
    }
    const saysSomething = parsed.directions.length || parsed.notes.length || parsed.prompts.length || parsed.ending || parsed.section;
    return saysSomething ? { kind: 'direction', ...base } : null;
  }

  private problem(kind: AuthoringProblem['kind'], message: string, path: string): void {
    this.problems.push({ kind, message, path });
  }
}

/** `knot.stitch.0.c-1.3` → `knot.stitch`: the named part of an ink path. */
export function namedPath(path: string | null): string {
  if (!path) return '';
  return path
    .split('.')
    .filter((part) => !/^\d+$/.test(part) && !/^[cgs]-\d+$/.test(part) && part !== '^')
    .join('.');
}
