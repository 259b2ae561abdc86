import { useContext } from 'react';
import { DrawRoom } from '../draw-room';
import { backdropFor, NeutralBackdrop } from './index';

/**
 * The room behind the figures, by the scene's name. In the pre-rendered HTML only the plain room (one
 * element with a gradient): a drawn one waits for the app (see draw-room.ts).
 */
export function Backdrop({ scene }: { scene: string }) {
  const Place = backdropFor(scene);
  if (!useContext(DrawRoom) && Place !== NeutralBackdrop) return null;
  return <Place />;
}
