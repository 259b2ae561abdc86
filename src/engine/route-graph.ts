// The explorer's map of choice states: what each choice leads to and how many words a reader meets on
// the way, so the routes can be counted and measured once the exploration is over.

/** Where one choice (or the start) leads. */
export interface RouteEdge {
  /** The choice state it reaches, or null when the route stops on the way. */
  to: number | null;
  /** True when the route stops at a proper end (not a dead end or a runtime error). */
  ends: boolean;
  /** Words of the lines read on the way (speech and narration). */
  words: number;
}

export interface RouteSummary {
  /** Complete routes from the start to an end: loops are followed once, states not explored count none. */
  routes: number;
  /** Fewest and most words read on a complete route (null when no route ends). */
  shortest: number | null;
  longest: number | null;
}

export class RouteGraph {
  private readonly edges: RouteEdge[][] = [];

  /** A new choice state; returns its id. */
  addState(): number {
    this.edges.push([]);
    return this.edges.length - 1;
  }

  addEdge(from: number, edge: RouteEdge): void {
    this.edges[from].push(edge);
  }

  get size(): number {
    return this.edges.length;
  }

  /**
   * Counts and measures the routes from the given starts (one per seed). Depth first without
   * recursion (a story can chain thousands of states); an edge back into a state still being summed
   * is a loop and adds nothing, as a reader going round it once more adds no new route.
   */
  summarize(starts: RouteEdge[]): RouteSummary {
    const n = this.edges.length;
    const routes = new Float64Array(n);
    const least = new Float64Array(n).fill(Infinity);
    const most = new Float64Array(n).fill(-Infinity);
    const mark = new Uint8Array(n); // 0 new, 1 being summed, 2 done
    const total = { routes: 0, least: Infinity, most: -Infinity };

    const take = (edge: RouteEdge, into: { routes: number; least: number; most: number }) => {
      if (edge.to === null) {
        if (edge.ends) {
          into.routes += 1;
          into.least = Math.min(into.least, edge.words);
          into.most = Math.max(into.most, edge.words);
        }
        return;
      }
      if (mark[edge.to] !== 2) return; // a loop back
      into.routes += routes[edge.to];
      into.least = Math.min(into.least, edge.words + least[edge.to]);
      into.most = Math.max(into.most, edge.words + most[edge.to]);
    };

    const sum = (start: number) => {
      const stack: { state: number; next: number; acc: { routes: number; least: number; most: number } }[] = [];
      mark[start] = 1;
      stack.push({ state: start, next: 0, acc: { routes: 0, least: Infinity, most: -Infinity } });
      while (stack.length) {
        const frame = stack[stack.length - 1];
        const edges = this.edges[frame.state];
        if (frame.next < edges.length) {
          const edge = edges[frame.next];
          if (edge.to !== null && mark[edge.to] === 0) {
            mark[edge.to] = 1;
            stack.push({ state: edge.to, next: 0, acc: { routes: 0, least: Infinity, most: -Infinity } });
            continue; // this edge is taken again once that state is done
          }
          take(edge, frame.acc);
          frame.next++;
          continue;
        }
        routes[frame.state] = frame.acc.routes;
        least[frame.state] = frame.acc.least;
        most[frame.state] = frame.acc.most;
        mark[frame.state] = 2;
        stack.pop();
      }
    };

    for (const edge of starts) {
      if (edge.to !== null && mark[edge.to] === 0) sum(edge.to);
      take(edge, total);
    }
    return {
      routes: total.routes,
      shortest: Number.isFinite(total.least) ? total.least : null,
      longest: Number.isFinite(total.most) ? total.most : null,
    };
  }
}
