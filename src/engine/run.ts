import { Story } from 'inkjs';
import { fingerprint } from './fingerprint';
import { checkSave, isSaveError, SAVE_SCHEMA, type SaveData, type SaveError, type Snapshot } from './save';
import { splitSpeaker } from './speaker';
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

type Resumed = { ok: true; run: StoryRun; storyChanged: boolean } | { ok: false; error: SaveError };

/**
 * One reading of one episode: steps the ink story a line at a time, turns output into typed beats,
 * keeps a snapshot per choice for rewind, and saves/restores. Never throws on ink runtime errors:
 * they are collected in `issues`.
 */
export class StoryRun {
  readonly meta: EpisodeMeta;
  readonly fingerprint: string;
  readonly issues: StoryIssue[] = [];
  readonly problems: AuthoringProblem[] = [];
  transcript: Beat[] = [];
  private snapshots: Snapshot[] = [];
  private atStart = true;

  private constructor(
    private readonly story: Story,
    private readonly cast: Cast,
    readonly id: string,
    json: string,
  ) {
    this.fingerprint = fingerprint(json);
    this.meta = parseMeta(story.globalTags ?? []);
    story.onError = (message, type) => {
      // inkjs's ErrorType: 0 author, 1 warning, 2 error.
      this.issues.push({ severity: type === 2 ? 'error' : 'warning', message });
    };
  }

  /** Starts an episode from its compiled JSON. `id` names it in saves (the episode's slug). */
  static start(json: string, cast: Cast, id = ''): StoryRun {
    return new StoryRun(new Story(json), cast, id, json);
  }

  /** Restores a save. Returns a typed error instead of throwing when the save cannot be used. */
  static resume(json: string, cast: Cast, id: string, raw: unknown): Resumed {
    const save = checkSave(raw, id);
    if (isSaveError(save)) return { ok: false, error: save };
    const run = StoryRun.start(json, cast, id);
    const storyChanged = save.fingerprint !== run.fingerprint;
    try {
      run.story.state.LoadJson(save.state);
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
    // Rewind points from an older version of the story might not load: keep them only if unchanged.
    run.snapshots = storyChanged ? [] : save.snapshots;
    return { ok: true, run, storyChanged };
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

  /** Where the story is now (`knot.stitch`), or '' at the end. */
  get position(): string {
    return namedPath(this.story.state.currentPathString);
  }

  /** Reads the next line. Blank output is skipped; tags alone become a direction beat. */
  next(): StoryBeat | null {
    while (this.story.canContinue) {
      const before = this.issues.length;
      const from = this.story.state.currentPathString;
      let text: string;
      try {
        text = this.story.Continue() ?? '';
      } catch (e) {
        // inkjs throws for errors it cannot route through onError (e.g. a broken state).
        this.issues.push({ severity: 'error', message: (e as Error).message });
        return null;
      }
      if (this.issues.length > before && this.issues.slice(before).some((i) => i.severity === 'error')) return null;
      // Where the line came from: the last content evaluated, else where evaluation began.
      const last = this.story.state.previousPointer?.path?.componentsString ?? null;
      const beat = this.toBeat(text.trim(), this.lineTags(), namedPath(last) || namedPath(from));
      if (beat) {
        this.transcript.push(beat);
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
    this.snapshots.push({ state: this.story.state.toJson(), transcriptLength: this.transcript.length });
    this.story.ChooseChoiceIndex(index);
    this.transcript.push({ kind: 'choice', id: this.transcript.length, text: choice.text, index });
  }

  /** Steps back to the last choice point, trimming the transcript to match. False when there is none. */
  back(): boolean {
    const snapshot = this.snapshots.pop();
    if (!snapshot) return false;
    this.story.state.LoadJson(snapshot.state);
    this.transcript = this.transcript.slice(0, snapshot.transcriptLength);
    return true;
  }

  /** Everything needed to come back to this exact line later. */
  save(now: number): SaveData {
    return {
      schema: SAVE_SCHEMA,
      story: this.id,
      fingerprint: this.fingerprint,
      savedAt: now,
      state: this.story.state.toJson(),
      transcript: this.transcript,
      snapshots: this.snapshots.slice(-MAX_SAVED_SNAPSHOTS),
    };
  }

  /** The ink state alone, for tools that explore every path. */
  get stateJson(): string {
    return this.story.state.toJson();
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
    this.story.state.LoadJson(state);
    this.atStart = false;
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
    const saysSomething = parsed.directions.length || parsed.notes.length || parsed.prompts.length || parsed.ending;
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
