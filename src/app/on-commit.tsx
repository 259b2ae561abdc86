import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Calls `committed` once, when the tree it ends is first committed (before the browser paints it), and
 * `ready` once, when that tree's effects have run (those of the components before it first). Once
 * each, also where StrictMode runs a mount's effects twice (in development).
 */
export function OnCommit({ committed, ready }: { committed: () => void; ready: () => void }) {
  const called = useRef({ committed: false, ready: false });
  useLayoutEffect(() => {
    if (called.current.committed) return;
    called.current.committed = true;
    committed();
  }, [committed]);
  useEffect(() => {
    if (called.current.ready) return;
    called.current.ready = true;
    ready();
  }, [ready]);
  return null;
}
