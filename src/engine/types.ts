// The engine's vocabulary: what a compiled Ink episode turns into for the player.
// Plain data only (serialisable), so the store can persist it and a second window can mirror it.

/** One member of the cast, declared once in `stories/cast.json`. */
export interface CastMember {
  id: string;
  /** Display name, e.g. "L'uomo con il cappotto". */
  name: string;
  /** Short label for tight spaces, e.g. "Cappotto". */
  short: string;
  /** How the stage draws this member: a figure on stage, or the narrator's voice (no figure). */
  figure: 'coat' | 'briefcase' | 'voice';
  /** Accent colour (CSS colour) used for the name plate. */
  color: string;
  /** Poses this figure can take; the first is the default. */
  poses: string[];
}

export interface Cast {
  /** The id used for lines without a speaker prefix (the author's voice). */
  narrator: string;
  members: CastMember[];
}

/** Episode metadata from the global tags at the top of an episode file. */
export interface EpisodeMeta {
  title: string;
  episode: string;
  time: string;
  summary: string;
  author: string;
}

/** A stage direction, parsed from a line tag. */
export type Direction =
  | { type: 'scene'; name: string }
  | { type: 'enter'; who: string[] }
  | { type: 'exit'; who: string[] }
  | { type: 'pose'; who: string; pose: string }
  | { type: 'clear' }
  | { type: 'restart' }
  | { type: 'pause'; seconds: number }
  | { type: 'image'; src: string }
  | { type: 'background'; src: string };

/** What a line tag means once parsed. Unknown tags are kept so checks can report them. */
export interface ParsedTags {
  directions: Direction[];
  notes: string[];
  prompts: string[];
  classes: string[];
  /** `# ending: <id>` or `# ending: <id>: <name>`: the id of the ending this line closes. */
  ending: string | null;
  /** The ending's human name (the id, capitalised, when the tag gives none). */
  endingName: string | null;
  /**
   * `# section: <name>`: a section of the episode starts at this line (the facilitator's list of
   * sections and jumps, the presenter's notes grouped per section).
   */
  section: string | null;
  unknown: string[];
  /** Problems with known tags (bad value, unknown cast id in enter/exit/pose). */
  problems: string[];
}

interface BeatBase extends Omit<ParsedTags, 'unknown' | 'problems'> {
  /** Position in the transcript (0-based), stable for the life of a run. */
  id: number;
  /** The ink path the line came from (knot.stitch), for reports and coverage. */
  path: string;
}

/** A line of dialogue: `cappotto: Lo sapevo…`. */
export interface SpeechBeat extends BeatBase {
  kind: 'speech';
  speaker: string;
  text: string;
}

/** A line without a speaker prefix: the author's voice. */
export interface NarrationBeat extends BeatBase {
  kind: 'narration';
  text: string;
}

/** Tags with no text (e.g. a `# clear` before choices): changes the stage, says nothing. */
export interface DirectionBeat extends BeatBase {
  kind: 'direction';
}

/** An ending a reader reached: its id in the ink and its human name. */
export interface Ending {
  id: string;
  name: string;
}

/** The reader's pick, recorded in the transcript. */
export interface ChoiceBeat {
  kind: 'choice';
  id: number;
  text: string;
  index: number;
  /** How many options the choice point offered (a replay into an edited story uses it; older saves lack it). */
  offered?: number;
}

export type Beat = SpeechBeat | NarrationBeat | DirectionBeat | ChoiceBeat;
export type StoryBeat = Exclude<Beat, ChoiceBeat>;

export interface ChoiceOption {
  index: number;
  text: string;
}

/** An ink runtime error or warning, caught through `onError` and surfaced as a value. */
export interface StoryIssue {
  severity: 'error' | 'warning';
  message: string;
}

/** Where a run is: what is on screen and what comes next. */
export type RunStatus = 'continue' | 'choose' | 'ended';
