interface Props {
  onUpdate: () => void;
  /** Floating in a corner (the presenter's window, which has no header), or in the header's row. */
  floating?: boolean;
}

/** A new version is ready: said quietly, applied (with a reload) only when clicked. */
export function UpdateNotice({ onUpdate, floating = false }: Props) {
  return (
    <div className={`update-notice${floating ? ' update-notice--floating' : ''}`} role="status">
      <button type="button" className="update-notice__button" onClick={onUpdate}>
        <span className="update-notice__dot" aria-hidden="true" />
        Nuova versione: <span className="update-notice__action">aggiorna</span>
      </button>
    </div>
  );
}
