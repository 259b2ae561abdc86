import { Suspense } from 'react';
import { backdropFor, NeutralBackdrop } from './index';

/** The room behind the figures: the drawn place while it loads shows the quiet one. */
export function Backdrop({ scene }: { scene: string }) {
  const Place = backdropFor(scene);
  return (
    <Suspense fallback={<NeutralBackdrop />}>
      <Place />
    </Suspense>
  );
}
