import type { Cast, Direction, EpisodeMeta, ParsedTags } from './types';

/** A raw ink tag split into a lower-cased key and its value (`Pose: a b` → `pose`, `a b`). */
export function splitTag(tag: string): { key: string; value: string } {
  const colon = tag.indexOf(':');
  if (colon < 0) return { key: tag.trim().toLowerCase(), value: '' };
  return { key: tag.slice(0, colon).trim().toLowerCase(), value: tag.slice(colon + 1).trim() };
}

const META_KEYS = ['title', 'episode', 'time', 'summary', 'author'] as const;

/** Episode metadata from an episode's global tags; missing keys are empty strings. */
export function parseMeta(globalTags: readonly string[]): EpisodeMeta {
  const meta: EpisodeMeta = { title: '', episode: '', time: '', summary: '', author: '' };
  for (const tag of globalTags) {
    const { key, value } = splitTag(tag);
    if ((META_KEYS as readonly string[]).includes(key)) meta[key as keyof EpisodeMeta] = value;
  }
  return meta;
}

/** The name an ending without one gets from its id: `senza-fretta` → `Senza fretta`. */
export function endingNameOf(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An http(s) address or a relative path (a file in `public/`); never `javascript:`, `data:` and the like. */
export function isSafeUrl(src: string): boolean {
  if (/[\s"'()<>\\]/.test(src)) return false; // could end a CSS url() or an attribute
  if (/^https?:\/\/./i.test(src)) return true;
  return !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('//'); // relative: no scheme
}

/** A `class` value reduced to the characters a class name can safely carry. */
export function safeClassName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_-]/g, '');
}

function listOf(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

/**
 * Parses a line's tags. `speaker` is who says the line (for a `pose` without a cast id).
 * Our keys and Inky's web-export keys (CLEAR, RESTART, IMAGE, CLASS, BACKGROUND, AUTHOR) are understood.
 */
export function parseTags(tags: readonly string[], cast: Cast, speaker: string | null): ParsedTags {
  const parsed: ParsedTags = {
    directions: [],
    notes: [],
    prompts: [],
    classes: [],
    ending: null,
    endingName: null,
    section: null,
    unknown: [],
    problems: [],
  };
  const known = (id: string) => cast.members.some((m) => m.id === id);
  const checkCast = (key: string, ids: string[]) => {
    for (const id of ids) if (!known(id)) parsed.problems.push(`# ${key}: unknown cast id '${id}'`);
    return ids.filter(known);
  };

  for (const tag of tags) {
    const { key, value } = splitTag(tag);
    const add = (d: Direction) => parsed.directions.push(d);
    switch (key) {
      case 'scene':
        add({ type: 'scene', name: value });
        break;
      case 'enter':
      case 'exit': {
        const who = checkCast(key, listOf(value));
        if (who.length) add({ type: key, who });
        else if (!value) parsed.problems.push(`# ${key} needs at least one cast id`);
        break;
      }
      case 'pose': {
        const words = listOf(value);
        const who = words.length > 1 || (words[0] && known(words[0])) ? words[0] : speaker;
        const pose = words.length > 1 ? words.slice(1).join(' ') : words[0] && !known(words[0]) ? words[0] : '';
        const member = cast.members.find((m) => m.id === who);
        if (!member) parsed.problems.push(`# pose: '${value}' names no cast member`);
        else if (!member.poses.includes(pose)) parsed.problems.push(`# pose: '${pose}' is not a pose of ${member.id}`);
        else add({ type: 'pose', who: member.id, pose });
        break;
      }
      case 'clear':
        add({ type: 'clear' });
        break;
      case 'restart':
        add({ type: 'restart' });
        break;
      case 'pause': {
        const seconds = value ? Number(value.replace(/s$/, '')) : 1;
        if (Number.isFinite(seconds) && seconds >= 0) add({ type: 'pause', seconds });
        else parsed.problems.push(`# pause: '${value}' is not a number of seconds`);
        break;
      }
      case 'image':
      case 'background':
        if (!value) parsed.problems.push(`# ${key} needs a file`);
        else if (!isSafeUrl(value)) parsed.problems.push(`# ${key}: '${value}' refused: only http(s) addresses and relative paths are drawn`);
        else add({ type: key, src: value });
        break;
      case 'class':
        parsed.classes.push(...listOf(value).map(safeClassName).filter(Boolean));
        break;
      case 'note':
        parsed.notes.push(value);
        break;
      case 'prompt':
        parsed.prompts.push(value);
        break;
      case 'ending': {
        // `# ending: pausa: Una pausa fino alle quattro` → id `pausa`, that name; a bare id names itself.
        const colon = value.indexOf(':');
        const id = (colon < 0 ? value : value.slice(0, colon)).trim() || 'fine';
        const name = colon < 0 ? '' : value.slice(colon + 1).trim();
        parsed.ending = id;
        parsed.endingName = name || endingNameOf(id);
        break;
      }
      case 'section':
        // `# section: La rivoluzione`: one per line, with a name (names may hold colons).
        if (!value) parsed.problems.push('# section needs a name');
        else if (parsed.section !== null) parsed.problems.push(`# section: one section per line ('${parsed.section}', then '${value}')`);
        else parsed.section = value;
        break;
      case 'author':
        // Inky's web export shows AUTHOR as a byline; it is episode metadata, not a line's.
        break;
      default:
        parsed.unknown.push(tag);
    }
  }
  return parsed;
}
