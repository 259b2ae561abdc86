// The story map's graph, read from a compiled episode (pure: JSON and source text in, plain data out).
//
// Why the compiled JSON and not a playthrough: exploring only sees what some route reaches, and a map
// must also show what no route reaches (that is half its use). The JSON holds every knot and stitch,
// every divert and every choice with its text. What it does not hold is where each one was written and
// which knots are functions, so the `=== knot ===` / `= stitch` lines are found in the source files
// (the episode and its INCLUDEs). Whether a node is reached comes from the check (`exploreStory`).
//
// Edges come from following the flow inside each node (not from listing every divert in it): the
// compiler leaves unreachable `done`s and jumps behind diverts, and only the flow tells which choice
// leads where. A choice's edge goes to the first node its branch leaves for; what the branch does
// after (a tunnel's return, a further divert) is drawn as the node's plain edges.
import { endingNameOf, splitTag } from '../../src/engine/tags.ts';
import type { MapEdge, MapEnding, MapNode, StoryGraph } from '../../src/components/map/map-types';

export interface SourceFile {
  /** The path shown and linked (as the compiler reports files). */
  file: string;
  text: string;
}

/** Where a knot or stitch is written, and whether it is a function (functions are not story nodes). */
export interface Declaration {
  id: string;
  file: string;
  line: number;
  isFunction: boolean;
}

const KNOT = /^\s*={2,}\s*(function\s+)?([\p{L}\p{N}_]+)/u;
const STITCH = /^\s*=\s*([\p{L}\p{N}_]+)/u;

/** Every `=== knot ===` and `= stitch` line of the sources (stitches named `knot.stitch`). */
export function findDeclarations(sources: readonly SourceFile[]): Declaration[] {
  const found: Declaration[] = [];
  for (const { file, text } of sources) {
    let knot: string | null = null;
    let inComment = false;
    text.split(/\r?\n/).forEach((raw, i) => {
      const line = raw.trim();
      if (inComment) {
        if (line.includes('*/')) inComment = false;
        return;
      }
      if (line.startsWith('/*') && !line.includes('*/')) {
        inComment = true;
        return;
      }
      const k = KNOT.exec(raw);
      if (k) {
        knot = k[2];
        found.push({ id: knot, file, line: i + 1, isFunction: Boolean(k[1]) });
        return;
      }
      const s = STITCH.exec(raw);
      if (s && knot !== null) found.push({ id: `${knot}.${s[1]}`, file, line: i + 1, isFunction: false });
    });
  }
  return found;
}

// ─── The compiled JSON as a tree of containers ────────────────────────────────

interface Container {
  name: string | null;
  parent: Container | null;
  items: unknown[];
  named: Map<string, Container>;
  /** Its place in the parent's content; null for named-only content (knots, stitches, choice bodies). */
  index: number | null;
  /** The node (knot or stitch id, ':start') whose content this is; null for ink's own (`global decl`). */
  owner: string | null;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const INTERNAL = /^(?:c-\d+|g-\d+|s-\d+|s|b|\$.*)$/;

function build(array: unknown[], name: string | null, parent: Container | null, index: number | null, owner: string | null): Container {
  const meta = array.at(-1);
  const c: Container = { name, parent, items: array.slice(0, -1), named: new Map(), index, owner };
  c.items.forEach((item, i) => {
    if (!Array.isArray(item)) return;
    const last = item.at(-1);
    const childName = isObj(last) && typeof last['#n'] === 'string' ? last['#n'] : null;
    const child = build(item, childName, c, i, owner);
    c.items[i] = child;
    if (childName) c.named.set(childName, child);
  });
  if (isObj(meta)) {
    for (const [key, value] of Object.entries(meta)) {
      if (key === '#f' || key === '#n' || !Array.isArray(value)) continue;
      c.named.set(key, build(value, key, c, null, owner));
    }
  }
  return c;
}

const isContainer = (x: unknown): x is Container => isObj(x) && 'items' in x && 'named' in x;

interface Pos {
  c: Container;
  i: number;
}

/** Resolves an ink path (`knot.stitch`, `.^.c-0`, `recap.6`) seen in `from`. */
function resolve(root: Container, from: Container, path: string): Pos | null {
  const parts = path.split('.');
  let c: Container | null = root;
  if (path.startsWith('.')) {
    c = from; // `.^` is the container holding the divert
    parts.splice(0, 2);
  }
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (!c) return null;
    if (part === '^') c = c.parent;
    else if (/^\d+$/.test(part)) {
      const item: unknown = c.items[Number(part)];
      if (isContainer(item)) c = item;
      else return k === parts.length - 1 ? { c, i: Number(part) } : null;
    } else c = c.named.get(part) ?? null;
  }
  return c ? { c, i: 0 } : null;
}

// ─── Reading text and tags in one container ───────────────────────────────────

/** The text of each choice point in a container, read from the string the choice's `ev` block builds. */
function choiceTexts(root: Container, c: Container): Map<unknown, string> {
  const texts = new Map<unknown, string>();
  let parts: string[] = [];
  let pending: string | null = null;
  let str = 0;
  let nestedEv = false;
  for (const item of c.items) {
    if (item === 'str') {
      str++;
      continue;
    }
    if (item === '/str') {
      str = Math.max(0, str - 1);
      continue;
    }
    if (str > 0) {
      if (typeof item === 'string' && item.startsWith('^')) parts.push(item.slice(1));
      else if (item === 'ev') nestedEv = true;
      else if (item === '/ev' && nestedEv) {
        parts.push('…'); // a value printed at run time
        nestedEv = false;
      } else if (isObj(item) && typeof item['->'] === 'string') {
        // `* Start [only] rest`: the start content lives in an `s` container the choice text calls.
        const target = resolve(root, c, item['->']);
        if (target?.c.name === 's') parts.push(...target.c.items.filter((x): x is string => typeof x === 'string' && x.startsWith('^')).map((x) => x.slice(1)));
      }
      continue;
    }
    if (item === 'ev') parts = [];
    else if (item === '/ev') pending = parts.join('');
    else if (isObj(item) && '*' in item) {
      texts.set(item, pending ?? '');
      pending = null;
    } else pending = null;
  }
  return texts;
}

interface TagHit {
  key: string;
  value: string;
}

/** The static tags in a container (ink 21 `#` … `/#` and the older `{"#": …}`). */
function tagsIn(c: Container): TagHit[] {
  const hits: TagHit[] = [];
  let tag: string[] | null = null;
  for (const item of c.items) {
    if (item === '#') tag = [];
    else if (item === '/#') {
      if (tag) hits.push(splitTag(tag.join('')));
      tag = null;
    } else if (tag) {
      if (typeof item === 'string' && item.startsWith('^')) tag.push(item.slice(1));
      else tag = null; // built at run time: unknown here
    } else if (isObj(item) && typeof item['#'] === 'string') hits.push(splitTag(item['#']));
  }
  return hits;
}

function endingOf(value: string): MapEnding {
  const colon = value.indexOf(':');
  const id = (colon < 0 ? value : value.slice(0, colon)).trim() || 'fine';
  const name = colon < 0 ? '' : value.slice(colon + 1).trim();
  return { id, name: name || endingNameOf(id) };
}

// ─── Following the flow of a node ─────────────────────────────────────────────

interface Exit {
  /** The divert object, so a choice can claim the one it leads through. */
  item: unknown;
  to: string;
  kind: 'divert' | 'tunnel';
  /** Where it leads (null for the end). */
  target: Pos | null;
}

interface Flow {
  exits: Exit[];
  /** Choice points met: the object, its flags and where its branch starts. */
  choices: { item: Obj; text: string; body: Pos | null }[];
  /** Lines of text in the order met; `main` ones are not behind a condition or a choice. */
  lines: { text: string; main: boolean }[];
}

const END = ':end';

/** Inside a branch of a condition (`{x: … - else: …}` compiles to containers named `b`)? */
function inBranch(c: Container | null, owner: string): boolean {
  for (; c && c.owner === owner; c = c.parent) if (c.name === 'b') return true;
  return false;
}

/**
 * Follows the flow from `start` inside one node: into nested containers, along diverts that stay in
 * the node, both ways at a condition; stops at a divert that leaves, an end, or a tunnel's return.
 */
function follow(root: Container, owner: string, self: Container | undefined, starts: Pos[], texts: (c: Container) => Map<unknown, string>): Flow {
  const flow: Flow = { exits: [], choices: [], lines: [] };
  const seen = new Set<string>();
  const keys = new WeakMap<Container, number>();
  let nextKey = 0;
  const key = (p: Pos) => {
    if (!keys.has(p.c)) keys.set(p.c, nextKey++);
    return `${keys.get(p.c)}:${p.i}`;
  };
  const queue: { pos: Pos; main: boolean }[] = starts.map((pos, k) => ({ pos, main: k === 0 }));
  while (queue.length) {
    const { pos: start, main } = queue.shift()!;
    let pos: Pos | null = start;
    let line = '';
    let inTag = false;
    let str = 0;
    let at: Container = start.c;
    const endLine = () => {
      if (line.trim()) flow.lines.push({ text: line.trim(), main: main && !inBranch(at, owner) });
      line = '';
    };
    while (pos) {
      if (seen.has(key(pos))) break;
      seen.add(key(pos));
      const { c, i }: Pos = pos;
      at = c;
      if (i >= c.items.length) {
        // Flow leaves an indexed container into its parent; named-only content has nowhere to go.
        pos = c.index !== null && c.parent && c.parent.owner === owner ? { c: c.parent, i: c.index + 1 } : null;
        continue;
      }
      const item = c.items[i];
      pos = { c, i: i + 1 };
      if (isContainer(item)) {
        pos = { c: item, i: 0 };
        continue;
      }
      if (item === '#') inTag = true;
      else if (item === '/#') inTag = false;
      else if (item === 'str') str++;
      else if (item === '/str') str--;
      else if (inTag || str > 0) continue;
      else if (typeof item === 'string' && item.startsWith('^')) line += item.slice(1);
      else if (item === '\n') endLine();
      else if (item === 'end' || item === 'done') {
        flow.exits.push({ item, to: END, kind: 'divert', target: null });
        pos = null;
      } else if (item === '->->' || item === '~ret') pos = null;
      else if (isObj(item) && '*' in item) {
        const body = typeof item['*'] === 'string' ? resolve(root, c, item['*']) : null;
        flow.choices.push({ item, text: texts(c).get(item) ?? '', body });
      } else if (isObj(item) && (typeof item['->'] === 'string' || typeof item['->t->'] === 'string')) {
        const tunnel = typeof item['->t->'] === 'string';
        const conditional = item.c === true;
        if (item.var === true) {
          if (!conditional) pos = null; // a divert to a variable: cannot be followed without playing
          continue;
        }
        const target = resolve(root, c, (item['->'] ?? item['->t->']) as string);
        if (!target || target.c.name === 's') continue; // `s`: a choice's start content, printed then back
        const to = target.c.owner;
        if (to === owner && target.c === self && target.i === 0) {
          // Back to this node's own start (`+ [Again] -> here`): a loop drawn on the node.
          flow.exits.push({ item, to, kind: tunnel ? 'tunnel' : 'divert', target });
          if (!tunnel && !conditional) pos = null;
        } else if (to === owner) {
          if (tunnel || conditional) queue.push({ pos: target, main: false });
          else pos = target;
        } else if (to) {
          flow.exits.push({ item, to, kind: tunnel ? 'tunnel' : 'divert', target });
          if (!tunnel && !conditional) pos = null;
        }
      }
    }
    endLine();
  }
  return flow;
}

const FIRST_LINE_MAX = 90;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

export interface GraphInput {
  json: string;
  /** The episode file and its INCLUDEs, for file:line and to tell functions apart. */
  sources: readonly SourceFile[];
  /** Knots and stitches the check did not reach; omit when the story was not explored. */
  unreached?: readonly string[];
}

/** The map's graph of a compiled episode. */
export function storyGraph({ json, sources, unreached }: GraphInput): StoryGraph {
  const story = JSON.parse(json) as { root: unknown[] };
  const declarations = new Map(findDeclarations(sources).map((d) => [d.id, d]));
  const root = build(story.root, null, null, null, null);

  // Owners: the top-level flow belongs to the start; each knot and stitch owns its content.
  const ids: string[] = [];
  const assign = (c: Container, owner: string) => {
    c.owner = owner;
    for (const item of c.items) if (isContainer(item)) assign(item, owner);
    // Stitches are assigned after their knot, so they end up owning themselves.
    for (const child of c.named.values()) if (child.index === null) assign(child, owner);
  };
  for (const item of root.items) if (isContainer(item)) assign(item, ':start');
  const nodeContainers = new Map<string, Container>();
  for (const [knot, c] of root.named) {
    if (knot === 'global decl' || declarations.get(knot)?.isFunction) continue;
    assign(c, knot);
    ids.push(knot);
    nodeContainers.set(knot, c);
    for (const [stitch, s] of c.named) {
      if (s.index !== null || INTERNAL.test(stitch)) continue;
      assign(s, `${knot}.${stitch}`);
      ids.push(`${knot}.${stitch}`);
      nodeContainers.set(`${knot}.${stitch}`, s);
    }
  }
  // Functions' content is nobody's node: calls into them are not edges.
  for (const [knot, c] of root.named) if (declarations.get(knot)?.isFunction) assign(c, '');

  const textCache = new Map<Container, Map<unknown, string>>();
  const texts = (c: Container) => {
    if (!textCache.has(c)) textCache.set(c, choiceTexts(root, c));
    return textCache.get(c)!;
  };

  // Entry points: each node's start, plus any place inside it another node diverts to.
  const entries = new Map<string, Pos[]>([[':start', [{ c: root, i: 0 }]]]);
  for (const [id, c] of nodeContainers) entries.set(id, [{ c, i: 0 }]);
  const flows = new Map<string, Flow>();
  const choiceFlows = new Map<string, { choice: Flow['choices'][number]; flow: Flow }[]>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const [id, starts] of entries) {
      const flow = follow(root, id, nodeContainers.get(id), starts, texts);
      // Each choice's branch, followed on its own to see where it leads first.
      const branches: { choice: Flow['choices'][number]; flow: Flow }[] = [];
      const pending = [...flow.choices];
      const met = new Set<unknown>(pending.map((ch) => ch.item));
      while (pending.length) {
        const choice = pending.shift()!;
        const branch = choice.body ? follow(root, id, nodeContainers.get(id), [choice.body], texts) : { exits: [], choices: [], lines: [] };
        branches.push({ choice, flow: branch });
        for (const inner of branch.choices) if (!met.has(inner.item)) { met.add(inner.item); pending.push(inner); }
      }
      flows.set(id, flow);
      choiceFlows.set(id, branches);
      // A divert into the middle of another node makes that place one of its entries.
      for (const exit of [...flow.exits, ...branches.flatMap((b) => b.flow.exits)]) {
        const target = exit.target;
        if (!target || (target.c === nodeContainers.get(exit.to) && target.i === 0)) continue;
        const list = entries.get(exit.to);
        if (list && !list.some((p) => p.c === target.c && p.i === target.i)) {
          list.push(target);
          changed = true;
        }
      }
    }
  }

  const unreachedSet = unreached ? new Set(unreached) : null;
  const nodes: MapNode[] = [];
  const edges: MapEdge[] = [];
  const plain = new Set<string>();
  const addPlain = (from: string, exit: Exit) => {
    const k = `${from}|${exit.to}|${exit.kind}`;
    if (plain.has(k)) return;
    plain.add(k);
    edges.push({ from, to: exit.to, kind: exit.kind, label: '', conditional: false, sticky: false, fallback: false });
  };

  for (const [id, flow] of flows) {
    const branches = choiceFlows.get(id) ?? [];
    const claimed = new Set<unknown>();
    const choiceEdges: MapEdge[] = [];
    for (const { choice, flow: branch } of branches) {
      const flags = typeof choice.item.flg === 'number' ? choice.item.flg : 0;
      const first = branch.exits[0];
      const to = first?.to ?? (branch.choices.length ? null : id);
      if (to === null) continue; // it only leads to further choices here: those carry the edges
      if (first) claimed.add(first.item);
      choiceEdges.push({
        from: id,
        to,
        kind: 'choice',
        label: choice.text.trim(),
        conditional: (flags & 1) !== 0,
        sticky: (flags & 16) === 0,
        fallback: (flags & 8) !== 0,
      });
    }
    edges.push(...choiceEdges);
    const exits = [...flow.exits, ...branches.flatMap((b) => b.flow.exits)].filter((e) => !claimed.has(e.item));
    for (const exit of exits) {
      // A plain edge beside a choice edge to the same place says nothing more.
      if (choiceEdges.some((e) => e.to === exit.to)) continue;
      addPlain(id, exit);
    }

    if (id === ':start') continue;
    const declared = declarations.get(id);
    const owned = [...containersOf(nodeContainers.get(id)!)];
    const tags = owned.flatMap(tagsIn);
    const lines = [...flow.lines, ...branches.flatMap((b) => b.flow.lines)];
    const first = lines.find((l) => l.main) ?? lines[0];
    nodes.push({
      id,
      kind: id.includes('.') ? 'stitch' : 'knot',
      name: id.includes('.') ? id.slice(id.indexOf('.') + 1) : id,
      knot: id.split('.')[0],
      firstLine: first ? clip(first.text, FIRST_LINE_MAX) : '',
      file: declared?.file ?? null,
      line: declared?.line ?? null,
      sections: tags.filter((t) => t.key === 'section' && t.value).map((t) => t.value),
      endings: tags.filter((t) => t.key === 'ending').map((t) => endingOf(t.value)),
      reached: unreachedSet ? !unreachedSet.has(id) : null,
    });
  }

  // The start and the end: drawn only when something leads from or to them.
  const used = new Set(edges.flatMap((e) => [e.from, e.to]));
  const ends: MapNode[] = [];
  if (used.has(':start')) ends.push(special(':start', 'start', 'inizio', unreachedSet ? true : null));
  if (used.has(END)) ends.push(special(END, 'end', 'fine', null));
  return { nodes: [...ends.slice(0, used.has(':start') ? 1 : 0), ...nodes, ...ends.filter((n) => n.kind === 'end')], edges };
}

function special(id: string, kind: 'start' | 'end', name: string, reached: boolean | null): MapNode {
  return { id, kind, name, knot: '', firstLine: '', file: null, line: null, sections: [], endings: [], reached };
}

/** A node's own containers: everything under it except its stitches (nodes of their own). */
function* containersOf(c: Container): Generator<Container> {
  yield c;
  for (const item of c.items) if (isContainer(item)) yield* containersOf(item);
  for (const child of c.named.values()) if (child.index === null && child.owner === c.owner) yield* containersOf(child);
}
