import { useEffect, useRef } from 'react';
import { Dialog } from './Dialog';
import type { LineData } from './DialogueLine';
import { Transcript } from './Transcript';

interface Props {
  title: string;
  lines: LineData[];
  pageStarts: number[];
  /** Goes back to an earlier line or choice (the number of beats to keep). */
  onReturn: (beats: number) => void;
  onClose: () => void;
  onPrint: () => void;
}

/** The history panel: the whole run so far, scrolled to the latest line, printable. */
export function TranscriptPanel({ title, lines, pageStarts, onReturn, onClose, onPrint }: Props) {
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, []);
  return (
    <Dialog
      title="Cronologia"
      size="large"
      onClose={onClose}
      actions={
        <button type="button" className="button button--quiet" onClick={onPrint}>
          Stampa
        </button>
      }
    >
      <p className="transcript__episode">{title}</p>
      <Transcript lines={lines} pageStarts={pageStarts} onReturn={onReturn} />
      <div ref={end} />
    </Dialog>
  );
}
