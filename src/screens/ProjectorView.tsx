import { useEffect, useMemo, useState } from 'react';
import { presentHref } from '../app/route';
import { useApp, useCast } from '../app/store-context';
import { DialogueLine } from '../components/DialogueLine';
import { HandsChart } from '../components/HandsChart';
import { PromptOverlay } from '../components/PromptOverlay';
import { RoomChoices } from '../components/RoomChoices';
import { Stage } from '../components/Stage';
import { useStageFigures } from './use-stage-figures';
import { toLines } from './lines';

/** Lines the room sees at once: the newest few, large. */
const ROOM_LINES = 3;
const CURSOR_IDLE_MS = 2000;

/** The room's screen: stage and the newest lines, large; no chrome, no notes (they never reach this DOM). */
export function ProjectorView({ slug }: { slug: string }) {
  const cast = useCast();
  const scene = useApp((s) => (s.scene?.slug === slug ? s.scene : null));
  const workshop = useApp((s) => s.workshop);
  const figures = useStageFigures(scene?.stage ?? null, cast);
  const lines = useMemo(() => toLines(scene?.page ?? [], cast).slice(-ROOM_LINES), [scene?.page, cast]);
  const cursorIdle = useCursorIdle(CURSOR_IDLE_MS);

  useEffect(() => {
    if (scene?.meta.title) document.title = `In sala — ${scene.meta.title}`;
  }, [scene?.meta.title]);

  const latest = lines.at(-1);
  const blackout = workshop?.blackout ?? false;
  return (
    <div className={`projector${cursorIdle ? ' is-cursor-idle' : ''}`} data-phase={scene?.phase ?? 'loading'} data-beats={scene?.beats ?? 0} data-held={scene?.held || undefined} data-blackout={blackout || undefined}>
      <main className="projector__room" aria-hidden={blackout || undefined}>
        <h1 className="sr-only">{scene?.meta.title ?? slug}</h1>
        <div className="projector__stage">
          <Stage
            figures={figures}
            speaker={scene?.stage.speaker ?? null}
            narrating={latest?.kind === 'narration'}
            scene={scene?.stage.scene ?? ''}
            time={scene?.meta.time ?? ''}
            image={scene?.stage.image ?? null}
            background={scene?.stage.background ?? null}
          />
        </div>
        <div className="projector__text">
          <div className="projector__lines" aria-live="polite">
            {/* No entrance motion here: a window the browser thinks hidden (the room's screen, while the
                facilitator works in the presenter) would leave a line waiting for its animation, unseen. */}
            {lines.map((line) => (
              <DialogueLine key={line.id} line={line} arriving={false} reveal={null} />
            ))}
          </div>
          {scene?.phase === 'choosing' && scene.choicesReady && <RoomChoices choices={scene.choices} pointed={workshop?.pointed ?? null} />}
          {workshop?.hands && <HandsChart className="projector__hands" options={workshop.hands.options} chosen={workshop.hands.chosen} label="La sala ha scelto così" />}
          {scene?.phase === 'ended' && <p className="projector__end">Fine dell'episodio{scene.ending ? `: ${scene.ending.name}` : ''}</p>}
          {scene?.phase === 'failed' && <p className="projector__end">L'episodio si è interrotto.</p>}
        </div>
        {workshop?.prompt && <PromptOverlay {...workshop.prompt} now={Date.now} />}
        {workshop && !workshop.connected && (
          <p className="projector__hint">
            Vista relatore: <a href={presentHref(slug)} target={`sihv-presenter-${slug}`}>apri in un'altra finestra</a> · tasti: → avanti, B nero, F schermo intero, ? elenco
          </p>
        )}
      </main>
      {blackout && <div className="projector__blackout" aria-label="Schermo nero" role="img" />}
    </div>
  );
}

/** True once the pointer has been still for `ms` (the room should not watch a cursor). */
function useCursorIdle(ms: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), ms);
    const onMove = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), ms);
    };
    window.addEventListener('pointermove', onMove);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', onMove);
    };
  }, [ms]);
  return idle;
}
