interface Props {
  message: string;
  onRestart: () => void;
  onDismiss: () => void;
}

/** A problem that does not stop reading (damaged save, storage refused): said plainly, with a way out. */
export function Notice({ message, onRestart, onDismiss }: Props) {
  return (
    <div className="notice" role="status">
      <p className="notice__text">
        <span className="notice__icon" aria-hidden="true">!</span>
        {message}
      </p>
      <div className="notice__actions">
        <button type="button" className="button button--small" onClick={onRestart}>
          Ricomincia l'episodio
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onDismiss}>
          Chiudi
        </button>
      </div>
    </div>
  );
}
