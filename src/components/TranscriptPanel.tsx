import { useEffect, useRef } from 'react';
import { Dialog } from './Dialog';
import type { LineData } from './DialogueLine';
import { Transcript } from './Transcript';

interface Props {
  title: string;
  lines: LineData[];
  pageStarts: number[];
  onClose: () => void;
  onPrint: () => void;
}

/** The history panel: the whole run so far, scrolled to the latest line, printable. */
export function TranscriptPanel({ title, lines, pageStarts, onClose, onPrint }: Props) {
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
      <Transcript lines={lines} pageStarts={pageStarts} />
      <div ref={end} />
    </Dialog>
  );
}
