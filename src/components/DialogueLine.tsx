import { m } from 'framer-motion';
import { useTypewriter } from './use-typewriter';

export type LineData =
  | { kind: 'speech'; id: number; text: string; speaker: { name: string; color: string } }
  | { kind: 'narration'; id: number; text: string }
  | { kind: 'choice'; id: number; text: string };

interface Props {
  line: LineData;
  /** The newest line: it arrives with a short fade and may be typed out. */
  latest: boolean;
  /** Entrance animation (only for lines that just arrived, not for a resumed page). */
  arriving: boolean;
  typing: boolean;
  cps: number;
  onTyped: () => void;
}

/** One line on the page. Story text is always React text, never HTML. */
export function DialogueLine({ line, latest, arriving, typing, cps, onTyped }: Props) {
  const shown = useTypewriter(line.text, typing, cps, onTyped);
  const done = shown >= line.text.length;
  const text = done ? (
    line.text
  ) : (
    <>
      {/* The full line is in the live region; sighted readers see it typed, the rest kept in place. */}
      <span>{line.text.slice(0, shown)}</span>
      <span className="line__unrevealed" aria-hidden="true">
        {line.text.slice(shown)}
      </span>
    </>
  );

  const className = `line line--${line.kind}${latest ? ' line--latest' : ''}`;
  const motionProps = arriving
    ? { initial: { opacity: 0, y: 10 }, animate: { opacity: 1, y: 0 }, transition: { duration: 0.32, ease: [0.2, 0.7, 0.2, 1] as const } }
    : { initial: false as const };

  if (line.kind === 'speech') {
    return (
      <m.div className={className} {...motionProps} data-line={line.id} style={{ ['--cast' as string]: line.speaker.color }}>
        <p className="line__speaker">
          <span className="line__plate">{line.speaker.name}</span>
        </p>
        <p className="line__text">{text}</p>
      </m.div>
    );
  }
  if (line.kind === 'narration') {
    return (
      <m.div className={className} {...motionProps} data-line={line.id}>
        <p className="line__text">
          <span className="sr-only">L'autore: </span>
          {text}
        </p>
      </m.div>
    );
  }
  return (
    <m.div className={className} {...motionProps} data-line={line.id}>
      <p className="line__text">
        <span className="line__choice-label">Hai scelto:</span> {line.text}
      </p>
    </m.div>
  );
}
