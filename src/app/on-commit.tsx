import { useEffect, useLayoutEffect } from 'react';

/**
 * Calls `committed` when the tree it ends is committed (before the browser paints it), and `ready` once
 * that tree's effects have run (those of the components before it first).
 */
export function OnCommit({ committed, ready }: { committed: () => void; ready: () => void }) {
  useLayoutEffect(committed, [committed]);
  useEffect(ready, [ready]);
  return null;
}
