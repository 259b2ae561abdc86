import { memo } from 'react';
import { inkClassNames, type LineData } from './DialogueLine';
import { InlineText } from './InlineText';

interface Props {
  lines: LineData[];
  /** Marks where each page (after a `clear`) begins, to show the breaks in the reading. */
  pageStarts?: number[];
  /** Offers "back to here" on each earlier entry: called with the number of beats to keep. */
  onReturn?: (beats: number) => void;
}

interface ItemProps {
  line: LineData;
  pageStart: boolean;
  onReturn?: (beats: number) => void;
}


// One entry; memoised because the history grows by one line a step and the rest never changes.
const TranscriptItem = memo(function TranscriptItem({ line, pageStart, onReturn }: ItemProps) {
  // A choice returns to its choice point (before it was made); a line to just after it was read.
  const beats = line.kind === 'choice' ? line.id : line.id + 1;
  return (
    <li
      className={`transcript__item transcript__item--${line.kind}${pageStart ? ' transcript__item--page' : ''}${inkClassNames(line)}`}
      style={line.kind === 'speech' ? { ['--cast' as string]: line.speaker.color } : undefined}
    >
      {line.kind === 'speech' && (
        <>
          <span className="transcript__who">{line.speaker.name}</span>
          <span className="transcript__text"><InlineText text={line.text} /></span>
        </>
      )}
      {line.kind === 'narration' && (
        <>
          {!line.unvoiced && <span className="transcript__who transcript__who--author">L'autore</span>}
          <span className="transcript__text"><InlineText text={line.text} /></span>
        </>
      )}
      {line.kind === 'choice' && (
        <span className="transcript__text">
          <span className="transcript__choice-label">Hai scelto:</span> <InlineText text={line.text} />
        </span>
      )}
      {onReturn && (
        <button type="button" className="transcript__return" onClick={() => onReturn(beats)}>
          {line.kind === 'choice' ? 'Torna a questa scelta' : 'Torna qui'}
        </button>
      )}
    </li>
  );
});

/** Everything read in this run, choices included: for the history panel and for print. */
export function Transcript({ lines, pageStarts = [], onReturn }: Props) {
  if (lines.length === 0) return <p className="transcript__empty">Non hai ancora letto nulla.</p>;
  const starts = new Set(pageStarts);
  return (
    <ol className="transcript">
      {lines.map((line, i) => (
        // The latest entry is where the reader already is.
        <TranscriptItem key={line.id} line={line} pageStart={starts.has(line.id)} onReturn={i < lines.length - 1 ? onReturn : undefined} />
      ))}
    </ol>
  );
}
