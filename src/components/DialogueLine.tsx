import { m } from 'framer-motion';
import { memo } from 'react';
import { InlineText } from './InlineText';
import { useTypewriter, type RevealTiming } from './use-typewriter';

export type LineData = (
  | { kind: 'speech'; id: number; text: string; speaker: { name: string; color: string } }
  /** `unvoiced`: a story from elsewhere has no author of ours to attribute the line to. */
  | { kind: 'narration'; id: number; text: string; unvoiced?: boolean }
  | { kind: 'choice'; id: number; text: string }
) & {
  /** The author's `# class:` names, styled as `.ink-<name>` (as in Inky's web export, prefixed). */
  classes?: string[];
};

interface Props {
  line: LineData;
  /** The newest line: it arrives with a short fade and may be typed out. */
  latest: boolean;
  /** Entrance animation (only for lines that just arrived, not for a resumed page). */
  arriving: boolean;
  /** Set while the line is being typed out (the store times it). */
  reveal: RevealTiming | null;
}

/** One line on the page. Story text is always React text, never HTML. */
export const DialogueLine = memo(function DialogueLine({ line, latest, arriving, reveal }: Props) {
  const shown = useTypewriter(line.text.length, reveal);
  const done = shown >= line.text.length;
  const text = <InlineText text={line.text} shown={done ? Infinity : shown} />;

  const inkClasses = (line.classes ?? []).map((c) => ` ink-${c}`).join('');
  const className = `line line--${line.kind}${latest ? ' line--latest' : ''}${inkClasses}`;
  const motionProps = arriving
    ? {
        // `transform` as a whole (not `y`) and opacity run on the compositor, off the main thread.
        initial: { opacity: 0, transform: 'translateY(10px)' },
        animate: { opacity: 1, transform: 'translateY(0px)' },
        transition: { duration: 0.32, ease: [0.2, 0.7, 0.2, 1] as const },
      }
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
        {!line.unvoiced && (
          <p className="line__speaker line__speaker--author">
            <span className="line__plate">L'autore</span>
          </p>
        )}
        <p className="line__text">{text}</p>
      </m.div>
    );
  }
  return (
    <m.div className={className} {...motionProps} data-line={line.id}>
      <p className="line__text">
        <span className="line__choice-label">Hai scelto:</span> <InlineText text={line.text} />
      </p>
    </m.div>
  );
});
