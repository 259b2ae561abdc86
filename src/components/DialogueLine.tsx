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

/** The line's `# class:` names as class names (` ink-didascalia`), for the page and the history alike. */
export const inkClassNames = (line: LineData): string => (line.kind === 'choice' ? '' : (line.classes ?? []).map((c) => ` ink-${c}`).join(''));

interface Props {
  line: LineData;
  /**
   * Entrance animation (only for lines that just arrived, not for a resumed page): a CSS animation
   * (`.line--arriving`), so mounting a line costs no script. The newest line is styled as the list's
   * last child, not by a prop, so a step renders the new line's component and no other.
   */
  arriving: boolean;
  /** Set while the line is being typed out (the store times it). */
  reveal: RevealTiming | null;
}

/** One line on the page. Story text is always React text, never HTML. */
export const DialogueLine = memo(function DialogueLine({ line, arriving, reveal }: Props) {
  const shown = useTypewriter(line.text.length, reveal);
  const done = shown >= line.text.length;
  const text = <InlineText text={line.text} shown={done ? Infinity : shown} />;

  const className = `line line--${line.kind}${arriving ? ' line--arriving' : ''}${inkClassNames(line)}`;

  if (line.kind === 'speech') {
    return (
      <div className={className} data-line={line.id} style={{ ['--cast' as string]: line.speaker.color }}>
        <p className="line__speaker">
          <span className="line__plate">{line.speaker.name}</span>
        </p>
        <p className="line__text">{text}</p>
      </div>
    );
  }
  if (line.kind === 'narration') {
    return (
      <div className={className} data-line={line.id}>
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
    <div className={className} data-line={line.id}>
      <p className="line__text">
        <span className="line__choice-label">Hai scelto:</span> <InlineText text={line.text} />
      </p>
    </div>
  );
});
