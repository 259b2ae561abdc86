import { memo, type Ref } from 'react';
import { useApp } from '../app/store-context';
import { ChoiceList } from '../components/ChoiceList';
import { useLeaving } from './use-leaving';

interface Props {
  slug: string;
  /** The typewriter setting is on: while a line is typed, the button finishes it. */
  typewriter: boolean;
  onNext: () => void;
  onChoose: (index: number, via: 'key' | 'pointer') => void;
  continueRef: Ref<HTMLButtonElement>;
  choicesRef: Ref<HTMLDivElement>;
}

/**
 * «Continua» or the choices, read from the store directly like the lines (see `PageLines`): what a tap
 * or a key acts on changes in the same task as the line, never a transition behind it (stale choices
 * left on screen for a frame would be choices the story no longer offers).
 */
export const PageControls = memo(function PageControls({ slug, typewriter, onNext, onChoose, continueRef, choicesRef }: Props) {
  const mine = (s: { scene: { slug: string } | null }) => s.scene?.slug === slug;
  const phase = useApp((s) => (mine(s) ? s.scene!.phase : 'loading'));
  const revealing = useApp((s) => typewriter && mine(s) && s.scene!.reveal !== null);
  const choices = useApp((s) => (mine(s) && s.scene!.phase === 'choosing' && s.scene!.choicesReady ? s.scene!.choices : null));
  const lastId = useApp((s) => (mine(s) ? s.scene!.beats - 1 : -1));
  const reading = phase === 'reading';
  // Controls just used stay, hidden, until the frame with the new line is painted (see `useLeaving`).
  const left = useLeaving(choices, lastId);
  const continueLeft = useLeaving(reading || null, 0);
  return (
    <>
      {(reading || continueLeft) && (
        <div className="page__continue" hidden={!reading}>
          <button
            ref={reading ? continueRef : undefined}
            type="button"
            className={reading ? 'button button--primary continue' : undefined}
            // It moves at every step: its hover look follows the pointer, not the page (app/moved-hover.ts).
            data-moved-hover=""
            onClick={onNext}
          >
            {revealing ? 'Mostra tutta la riga' : 'Continua'}
            <span aria-hidden="true" className="continue__arrow">→</span>
          </button>
          <span className="page__hint" aria-hidden="true">
            Spazio, Invio o → · tocca il testo
          </span>
        </div>
      )}
      {[
        left && <ChoiceList key={left.key} leaving choices={left.value} onChoose={onChoose} />,
        choices && <ChoiceList key={lastId} ref={choicesRef} choices={choices} onChoose={onChoose} />,
      ]}
    </>
  );
});
