import { memo, useMemo } from 'react';
import { useApp, useCast } from '../app/store-context';
import type { Beat } from '../engine/types';
import { announce, toLines } from './lines';
import { DialogueLine } from '../components/DialogueLine';

const NONE: Beat[] = [];

interface Props {
  slug: string;
  /** The typewriter setting is on: the store's reveal timing reaches the line it types. */
  typewriter: boolean;
}

/**
 * The page's lines, read from the store directly: a step commits its new line in the click's own task,
 * while the rest of the screen follows in a transition (see `useSceneInTransition`). Lines are memoised
 * by beat (`toLines` keeps one object a beat), so a step renders the new line's component and no other.
 */
export const PageLines = memo(function PageLines({ slug, typewriter }: Props) {
  const cast = useCast();
  const page = useApp((s) => (s.scene?.slug === slug ? s.scene.page : NONE));
  const freshFrom = useApp((s) => (s.scene?.slug === slug ? s.scene.freshFrom : Infinity));
  const reveal = useApp((s) => (typewriter && s.scene?.slug === slug ? s.scene.reveal : null));
  const lines = useMemo(() => toLines(page, cast), [page, cast]);
  return (
    <div className="page__lines">
      {lines.map((line) => (
        <DialogueLine key={line.id} line={line} arriving={line.id >= freshFrom} reveal={reveal?.id === line.id ? reveal : null} />
      ))}
    </div>
  );
});

/** The live region: announces the newest line in the same task as it arrives (read from the store). */
export const LiveLine = memo(function LiveLine({ slug }: { slug: string }) {
  const cast = useCast();
  const lastLine = useApp((s) => (s.scene?.slug === slug && s.scene.phase !== 'loading' ? s.scene.lastLine : null));
  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="live">
      {announce(lastLine, cast)}
    </div>
  );
});
