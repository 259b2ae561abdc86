import { AnimatePresence, m } from 'framer-motion';
import { memo } from 'react';
import { Backdrop } from './backdrops/Backdrop';
import { BriefcaseFigure, CoatFigure } from './figures';

export interface StageFigure {
  id: string;
  name: string;
  /** Short label for the plate under the figure. */
  short: string;
  figure: 'coat' | 'briefcase' | 'voice';
  color: string;
  pose: string;
}

interface Props {
  /** Figures on stage, in order of entrance. */
  figures: StageFigure[];
  speaker: string | null;
  /** The author is speaking (narration): the stage dims. */
  narrating: boolean;
  scene: string;
  time: string;
  /** A picture shown on the stage (`# image`), until the next `clear`. */
  image: string | null;
  /** A picture behind the stage (`# background`). Both are checked by the engine (http(s) or relative). */
  background: string | null;
}

const POSE_LABELS: Record<string, string> = {
  neutro: '',
  'braccia-incrociate': 'a braccia incrociate',
  pensoso: 'pensoso',
  deluso: 'deluso',
  aperto: 'a braccia aperte',
  esitante: 'esitante',
  convinto: 'convinto',
};

const describe = (f: StageFigure, speaker: string | null) =>
  [f.name, POSE_LABELS[f.pose] ?? f.pose, f.id === speaker ? 'sta parlando' : ''].filter(Boolean).join(', ');

const Figure = ({ figure, pose }: { figure: StageFigure['figure']; pose: string }) =>
  figure === 'coat' ? <CoatFigure pose={pose} /> : <BriefcaseFigure pose={pose} />;

/** The characters present, drawn as figures; the one speaking is lit and named in the cast colour. */
export const Stage = memo(function Stage({ figures, speaker, narrating, scene, time, image, background }: Props) {
  const onStage = figures.filter((f) => f.figure !== 'voice');
  return (
    <section
      className={`stage${narrating ? ' stage--narrating' : ''}${background ? ' stage--backdrop' : ''}`}
      aria-label="Scena"
      style={background ? { backgroundImage: `url(${JSON.stringify(background)})` } : undefined}
    >
      {!background && <Backdrop scene={scene} />}
      <p className="stage__caption">
        {scene && <span className="stage__place">{scene}</span>}
        {time && <span className="stage__time">{time}</span>}
      </p>
      {image && <img className="stage__image" src={image} alt="" />}
      <p className="sr-only">
        {onStage.length === 0 ? 'Nessuno in scena.' : `In scena: ${onStage.map((f) => describe(f, speaker)).join('; ')}.`}
      </p>
      <div className="stage__floor" aria-hidden="true">
        <AnimatePresence initial={false}>
          {onStage.map((f) => {
            const speaking = f.id === speaker;
            // Lighting is animated here, not in CSS: framer-motion's inline opacity would beat a stylesheet.
            const light = speaking ? 1 : narrating ? 0.38 : 0.5;
            return (
              <m.div
                key={f.id}
                className={`stage__figure${speaking ? ' is-speaking' : ''}`}
                data-figure={f.id}
                data-pose={f.pose}
                data-speaking={speaking || undefined}
                style={{ ['--cast' as string]: f.color }}
                initial={{ opacity: 0, y: 12 }}
                animate={{ opacity: 1, y: 0 }}
                exit={{ opacity: 0, y: 12 }}
                transition={{ duration: 0.35, ease: 'easeOut' }}
              >
                {/* Only the drawing dims, and over its own shadow: a dimmed figure darkens or fades
                    into the room instead of letting the shelves show through it. The name plate keeps its contrast. */}
                <div className="stage__body" data-kind={f.figure}>
                  <svg viewBox="0 0 120 260" preserveAspectRatio="xMidYMax meet" className="stage__shade" focusable="false">
                    <Figure figure={f.figure} pose={f.pose} />
                  </svg>
                  <m.svg
                    viewBox="0 0 120 260"
                    preserveAspectRatio="xMidYMax meet"
                    className="stage__svg"
                    focusable="false"
                    initial={false}
                    animate={{ opacity: light }}
                    transition={{ duration: 0.35, ease: 'easeOut' }}
                  >
                    <ellipse cx={60} cy={249} rx={38} ry={5} className="fig-shadow" />
                    <Figure figure={f.figure} pose={f.pose} />
                  </m.svg>
                </div>
                <span className="stage__plate">{f.short}</span>
              </m.div>
            );
          })}
        </AnimatePresence>
      </div>
    </section>
  );
});
