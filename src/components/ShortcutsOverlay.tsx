import { Dialog } from './Dialog';

interface Props {
  shortcuts: { keys: string[]; label: string }[];
  onClose: () => void;
}

/** The `?` overlay: every key the player understands. */
export function ShortcutsOverlay({ shortcuts, onClose }: Props) {
  return (
    <Dialog title="Scorciatoie da tastiera" onClose={onClose}>
      <dl className="shortcuts">
        {shortcuts.map((s) => (
          <div className="shortcuts__row" key={s.label}>
            <dt className="shortcuts__keys">
              {s.keys.map((k, i) => (
                <span key={i}>{k === '…' ? <span className="shortcuts__sep">…</span> : <kbd>{k}</kbd>}</span>
              ))}
            </dt>
            <dd className="shortcuts__label">{s.label}</dd>
          </div>
        ))}
      </dl>
      <p className="dialog__hint">Puoi anche toccare o fare clic sul testo per andare avanti.</p>
    </Dialog>
  );
}
