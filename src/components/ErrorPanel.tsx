interface Props {
  title?: string;
  message: string;
  /** The last line the story said before it stopped (kept, so the reader knows where it broke). */
  lastLine?: string;
  onHome: () => void;
  onRestart?: () => void;
  onBack?: () => void;
}

/** What the reader sees instead of a blank page when something breaks. */
export function ErrorPanel({ title = 'Qualcosa si è interrotto', message, lastLine, onHome, onRestart, onBack }: Props) {
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-title">
      <h2 id="error-title" className="error-panel__title">
        {title}
      </h2>
      <p className="error-panel__text">
        L'episodio non può andare avanti da qui. I tuoi progressi negli altri episodi non sono toccati.
      </p>
      {lastLine && (
        <blockquote className="error-panel__last">
          <span className="sr-only">Ultima riga: </span>
          {lastLine}
        </blockquote>
      )}
      <p className="error-panel__detail">
        <span className="sr-only">Dettaglio: </span>
        <code>{message}</code>
      </p>
      <div className="button-row">
        {onBack && (
          <button type="button" className="button" onClick={onBack}>
            Torna alla scelta precedente
          </button>
        )}
        {onRestart && (
          <button type="button" className="button button--primary" onClick={onRestart}>
            Ricomincia l'episodio
          </button>
        )}
        <button type="button" className="button" onClick={onHome}>
          Tutti gli episodi
        </button>
      </div>
    </section>
  );
}
