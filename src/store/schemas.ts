// Stored progress and settings, each declared once as a valibot schema that also gives its type.
// Both are forgiving field by field: a value we do not understand falls back to its default, so a
// damaged entry never blocks the home page or another episode.
import * as v from 'valibot';

/** An ending seen: `{ id, name }`, or a bare id from before endings had names (the id is its name). */
const EndingSchema = v.union([
  v.pipe(v.string(), v.minLength(1), v.transform((id) => ({ id, name: id }))),
  v.pipe(
    v.object({ id: v.pipe(v.string(), v.minLength(1)), name: v.optional(v.string(), '') }),
    v.transform(({ id, name }) => ({ id, name: name || id })),
  ),
]);

export const ProgressSchema = v.object({
  /** `interrupted`: the story stopped on an error (shown again on resume, with a way back). */
  state: v.fallback(v.picklist(['new', 'reading', 'finished', 'interrupted']), 'new'),
  /** The latest line read, for "you were here". */
  where: v.fallback(v.string(), ''),
  /** The endings seen, in the order first reached, with their names for the home page. */
  endings: v.fallback(
    v.pipe(
      v.array(v.unknown()),
      v.transform((list) => list.flatMap((e) => {
        const ending = v.safeParse(EndingSchema, e);
        return ending.success ? [ending.output] : [];
      })),
    ),
    [],
  ),
  updatedAt: v.fallback(v.number(), 0),
});

export type Progress = v.InferOutput<typeof ProgressSchema>;

export const TEXT_SCALES = [0.875, 1, 1.25, 1.5, 1.75] as const;
export const REVEAL_SPEEDS = [30, 60, 120] as const;
export const THEMES = ['light', 'dark', 'system'] as const;
export const MOTIONS = ['full', 'reduced', 'system'] as const;

export const SettingsSchema = v.object({
  /** Reading text scale: 1 is the default size. */
  textScale: v.fallback(v.pipe(v.number(), v.check((n) => (TEXT_SCALES as readonly number[]).includes(n))), 1),
  theme: v.fallback(v.picklist(THEMES), 'system'),
  motion: v.fallback(v.picklist(MOTIONS), 'system'),
  reveal: v.fallback(v.picklist(['instant', 'typewriter']), 'instant'),
  /** Typewriter speed in characters per second. */
  revealSpeed: v.fallback(v.pipe(v.number(), v.check((n) => (REVEAL_SPEEDS as readonly number[]).includes(n))), 60),
  autoAdvance: v.fallback(v.boolean(), false),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

/** Parses a stored JSON value with `schema`; unreadable JSON or a non-object reads as `{}` (all defaults). */
export function readStored<T>(schema: v.GenericSchema<unknown, T>, raw: string | null): T {
  let value: unknown = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) value = parsed;
  } catch {
    /* unreadable: defaults */
  }
  const result = v.safeParse(schema, value);
  return result.success ? result.output : v.parse(schema, {});
}
