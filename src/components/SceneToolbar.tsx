interface Props {
  canStepBack: boolean;
  canGoBack: boolean;
  autoAdvance: boolean;
  onBackLine: () => void;
  onBack: () => void;
  onHistory: () => void;
  onRestart: () => void;
  onToggleAuto: () => void;
  /** Workshop mode: this window goes to the room's screen, the presenter opens beside it. */
  onPresent: () => void;
}

/** The reader's controls for the open episode; every one also has a key (see the `?` overlay). */
export function SceneToolbar({ canStepBack, canGoBack, autoAdvance, onBackLine, onBack, onHistory, onRestart, onToggleAuto, onPresent }: Props) {
  return (
    <nav className="toolbar" aria-label="Comandi dell'episodio">
      <button type="button" className="tool" onClick={onBackLine} disabled={!canStepBack} aria-keyshortcuts="ArrowLeft PageUp">
        <span aria-hidden="true" className="tool__icon">←</span> Indietro
      </button>
      <button type="button" className="tool" onClick={onBack} disabled={!canGoBack} aria-keyshortcuts="Backspace Shift+ArrowLeft">
        <span aria-hidden="true" className="tool__icon">⇤</span> Ultima scelta
      </button>
      <button type="button" className="tool" onClick={onHistory} aria-keyshortcuts="C">
        <span aria-hidden="true" className="tool__icon">≡</span> Cronologia
      </button>
      <button type="button" className="tool" onClick={onToggleAuto} aria-pressed={autoAdvance} aria-keyshortcuts="A">
        <span aria-hidden="true" className="tool__icon">{autoAdvance ? '❚❚' : '▶'}</span> Automatico
      </button>
      <button type="button" className="tool" onClick={onRestart} aria-keyshortcuts="R">
        <span aria-hidden="true" className="tool__icon">↺</span> Ricomincia
      </button>
      <button type="button" className="tool" onClick={onPresent} aria-keyshortcuts="S">
        <span aria-hidden="true" className="tool__icon">▭</span> Presenta
      </button>
    </nav>
  );
}
