import { memo, useEffect, useRef } from 'react';
import { afterPaint } from './after-paint';
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

/** The line's `# class:` names as class names (` ink-didascalia`), for the page and the history alike. */
export const inkClassNames = (line: LineData): string => (line.kind === 'choice' ? '' : (line.classes ?? []).map((c) => ` ink-${c}`).join(''));

interface Props {
  line: LineData;
  /**
   * Entrance animation (only for lines that just arrived, not for a resumed page): a CSS animation
   * (`.line--arriving`), so mounting a line costs no script. It starts once the frame with the line has
   * been painted (see `useEntrance`). The newest line is styled as the list's last child, not by a prop,
   * so a step renders the new line's component and no other.
   */
  arriving: boolean;
  /** Set while the line is being typed out (the store times it). */
  reveal: RevealTiming | null;
}

/**
 * An arriving line is painted first as its entrance's first frame (transparent, a little low: the CSS of
 * `.line--arriving` without `data-entered`), and the entrance starts in a task after that frame. Starting
 * an animation costs style work and a compositor layer; out of the step's own frame, that frame is
 * painted sooner (4× CPU, interleaved with the same build without it, 66 «Continua» and 14 choice
 * clicks each: 39.9 → 38.0 ms after a «Continua», 40.8 → 37.7 ms after a choice). The attribute is one React never renders, so no later
 * render undoes it. A page that draws no frames (a hidden tab) starts it by the timeout.
 */
function useEntrance(arriving: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!arriving) return;
    return afterPaint(() => ref.current?.setAttribute('data-entered', ''), 100);
  }, [arriving]);
  return ref;
}

/** One line on the page. Story text is always React text, never HTML. */
export const DialogueLine = memo(function DialogueLine({ line, arriving, reveal }: Props) {
  const ref = useEntrance(arriving);
  const shown = useTypewriter(line.text.length, reveal);
  const done = shown >= line.text.length;
  const text = <InlineText text={line.text} shown={done ? Infinity : shown} />;

  const className = `line line--${line.kind}${arriving ? ' line--arriving' : ''}${inkClassNames(line)}`;

  if (line.kind === 'speech') {
    return (
      <div ref={ref} className={className} data-line={line.id} style={{ ['--cast' as string]: line.speaker.color }}>
        <p className="line__speaker">
          <span className="line__plate">{line.speaker.name}</span>
        </p>
        <p className="line__text">{text}</p>
      </div>
    );
  }
  if (line.kind === 'narration') {
    return (
      <div ref={ref} className={className} data-line={line.id}>
        {!line.unvoiced && (
          <p className="line__speaker line__speaker--author">
            <span className="line__plate">L'autore</span>
          </p>
        )}
        <p className="line__text">{text}</p>
      </div>
    );
  }
  return (
    <div ref={ref} className={className} data-line={line.id}>
      <p className="line__text">
        <span className="line__choice-label">Hai scelto:</span> <InlineText text={line.text} />
      </p>
    </div>
  );
});
