interface Props {
  canGoBack: boolean;
  homeHref: string;
  onBack: () => void;
  onRestart: () => void;
  onHistory: () => void;
}

/** The end of a path: the reader can try another branch, read it all again, or pick another episode. */
export function EndPanel({ canGoBack, homeHref, onBack, onRestart, onHistory }: Props) {
  return (
    <section className="end-panel" aria-labelledby="end-title">
      <p className="end-panel__rule" aria-hidden="true">
        ✦
      </p>
      <h2 id="end-title" className="end-panel__title">
        Fine dell'episodio
      </h2>
      <p className="end-panel__text">
        Questa è una delle strade possibili. Torna indietro a una scelta per sentire come va l'altra.
      </p>
      <div className="button-row button-row--center">
        {canGoBack && (
          <button type="button" className="button button--primary" onClick={onBack}>
            Torna all'ultima scelta
          </button>
        )}
        <button type="button" className="button" onClick={onHistory}>
          Rileggi la cronologia
        </button>
        <button type="button" className="button" onClick={onRestart}>
          Ricomincia
        </button>
        <a className="button" href={homeHref}>
          Tutti gli episodi
        </a>
      </div>
    </section>
  );
}
