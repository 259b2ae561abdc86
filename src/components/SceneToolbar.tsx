import { memo } from 'react';
import { ToolIcon } from './ToolIcon';

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

/**
 * The reader's controls for the open episode, in a quiet bar out of the reading flow (fixed at the
 * bottom, within thumb reach on a phone); every one also has a key (see the `?` overlay).
 */
export const SceneToolbar = memo(function SceneToolbar({ canStepBack, canGoBack, autoAdvance, onBackLine, onBack, onHistory, onRestart, onToggleAuto, onPresent }: Props) {
  return (
    <nav className="toolbar" aria-label="Comandi dell'episodio">
      <button type="button" className="tool tool--bar" onClick={onBackLine} disabled={!canStepBack} aria-keyshortcuts="ArrowLeft PageUp">
        <ToolIcon name="back" />
        <span className="tool__label">Indietro</span>
      </button>
      <button type="button" className="tool tool--bar" onClick={onBack} disabled={!canGoBack} aria-keyshortcuts="Backspace Shift+ArrowLeft">
        <ToolIcon name="last-choice" />
        <span className="tool__label">Ultima scelta</span>
      </button>
      <button type="button" className="tool tool--bar" onClick={onHistory} aria-keyshortcuts="C">
        <ToolIcon name="history" />
        <span className="tool__label">Cronologia</span>
      </button>
      <button type="button" className="tool tool--bar" onClick={onToggleAuto} aria-pressed={autoAdvance} aria-keyshortcuts="A">
        <ToolIcon name={autoAdvance ? 'pause' : 'play'} />
        <span className="tool__label">Automatico</span>
      </button>
      <button type="button" className="tool tool--bar" onClick={onRestart} aria-keyshortcuts="R">
        <ToolIcon name="restart" />
        <span className="tool__label">Ricomincia</span>
      </button>
      <button type="button" className="tool tool--bar" onClick={onPresent} aria-keyshortcuts="S">
        <ToolIcon name="present" />
        <span className="tool__label">Presenta</span>
      </button>
    </nav>
  );
});
