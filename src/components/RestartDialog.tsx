import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  onConfirm: () => void;
  onCancel: () => void;
}

/** The one question asked before an episode starts over, from the home page or the scene. */
export function RestartDialog({ onConfirm, onCancel }: Props) {
  return (
    <ConfirmDialog
      title="Ricominciare l'episodio?"
      message="Ripartirai dalla prima riga. Il punto in cui eri andrà perso; i finali già visti restano."
      confirmLabel="Ricomincia"
      onCancel={onCancel}
      onConfirm={onConfirm}
    />
  );
}
