// What a compiled story uses, read from its JSON without playing it: the explorer keys states by what
// decides their future, and only a story that reads turns or draws random numbers needs those in the key.

export interface StoryUse {
  /** `TURNS_SINCE(-> x)` somewhere: the turns since each knot was seen decide the future. */
  turnsSince: boolean;
  /**
   * The knots `TURNS_SINCE` is asked about, when every call names its knot literally; null when some
   * call takes a variable (then every knot's turn count matters).
   */
  turnsSinceOf: string[] | null;
  /** `TURNS()`: the turn number itself decides the future. */
  turns: boolean;
  /** `RANDOM`, `LIST_RANDOM` or `SEED_RANDOM`: the seed and the last draw decide the future. */
  random: boolean;
  /** A shuffle sequence (`{~a|b}`): the seed decides which branch plays. */
  shuffle: boolean;
  /** Knots called as functions (`f()`, or `x()` for an EXTERNAL with an ink fallback) or that `~ return`. */
  functions: string[];
}

/** Reads a compiled story once and lists what its future depends on beyond variables and visits. */
export function scanStory(json: string): StoryUse {
  const use: StoryUse = { turnsSince: false, turnsSinceOf: [], turns: false, random: false, shuffle: false, functions: [] };
  const functions = new Set<string>();
  const named = new Set<string>();

  const visit = (node: unknown, knot: string | null): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        if (typeof item === 'string') {
          if (item === 'turns') {
            use.turnsSince = true;
            const target = (node[i - 1] as { '^->'?: unknown } | undefined)?.['^->'];
            if (typeof target === 'string' && !target.startsWith('.') && use.turnsSinceOf) use.turnsSinceOf.push(target);
            else use.turnsSinceOf = null;
          } else if (item === 'turn') use.turns = true;
          else if (item === 'rnd' || item === 'srnd' || item === 'lrnd') use.random = true;
          else if (item === 'seq') use.shuffle = true;
          else if (item === '~ret' && knot) named.add(knot);
        } else visit(item, knot);
      });
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'f()' || key === 'x()') && typeof value === 'string') functions.add(value);
        else if (typeof value === 'object') visit(value, knot);
      }
    }
  };

  const root = (JSON.parse(json) as { root: unknown[] }).root;
  const knots = root.at(-1);
  root.slice(0, -1).forEach((item) => visit(item, null));
  if (knots && typeof knots === 'object' && !Array.isArray(knots)) {
    for (const [name, content] of Object.entries(knots)) if (name !== 'global decl') visit(content, name);
  }
  use.functions = [...new Set([...functions, ...named])].sort();
  if (use.turnsSinceOf) use.turnsSinceOf = [...new Set(use.turnsSinceOf)].sort();
  return use;
}
