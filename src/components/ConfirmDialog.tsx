import { Dialog } from './Dialog';

interface Props {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that loses the reader's place. Focus starts on "Annulla", the safe answer. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel }: Props) {
  return (
    <Dialog title={title} onClose={onCancel} role="alertdialog">
      <p className="dialog__text">{message}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          Annulla
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
