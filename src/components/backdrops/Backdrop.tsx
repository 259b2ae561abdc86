import { backdropFor } from './index';

/** The room behind the figures, by the scene's name. */
export function Backdrop({ scene }: { scene: string }) {
  const Place = backdropFor(scene);
  return <Place />;
}
