import { memo } from 'react';
import type { LineData } from './DialogueLine';

interface Props {
  lines: LineData[];
  /** Marks where each page (after a `clear`) begins, to show the breaks in the reading. */
  pageStarts?: number[];
}

// One entry; memoised because the history grows by one line a step and the rest never changes.
const TranscriptItem = memo(function TranscriptItem({ line, pageStart }: { line: LineData; pageStart: boolean }) {
  return (
    <li
      className={`transcript__item transcript__item--${line.kind}${pageStart ? ' transcript__item--page' : ''}`}
      style={line.kind === 'speech' ? { ['--cast' as string]: line.speaker.color } : undefined}
    >
      {line.kind === 'speech' && (
        <>
          <span className="transcript__who">{line.speaker.name}</span>
          <span className="transcript__text">{line.text}</span>
        </>
      )}
      {line.kind === 'narration' && (
        <>
          <span className="sr-only">L'autore: </span>
          <span className="transcript__text">{line.text}</span>
        </>
      )}
      {line.kind === 'choice' && (
        <span className="transcript__text">
          <span className="transcript__choice-label">Hai scelto:</span> {line.text}
        </span>
      )}
    </li>
  );
});

/** Everything read in this run, choices included: for the history panel and for print. */
export function Transcript({ lines, pageStarts = [] }: Props) {
  if (lines.length === 0) return <p className="transcript__empty">Non hai ancora letto nulla.</p>;
  return (
    <ol className="transcript">
      {lines.map((line) => (
        <TranscriptItem key={line.id} line={line} pageStart={pageStarts.includes(line.id)} />
      ))}
    </ol>
  );
}
