import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** 'alertdialog' for confirmations. */
  role?: 'dialog' | 'alertdialog';
  /** Wider panel (history). */
  size?: 'small' | 'large';
  /** Extra buttons in the title bar (e.g. print). */
  actions?: ReactNode;
  className?: string;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal panel: focus moves in and stays in while it is open, Escape closes it,
 * and focus returns to whatever had it before (no keyboard trap once closed).
 */
export function Dialog({ title, onClose, children, role = 'dialog', size = 'small', actions, className }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const panel = ref.current!;
    const first = panel.querySelector<HTMLElement>('[data-autofocus]') ?? panel.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? panel).focus();
    return () => {
      // The opener may be gone (e.g. the control was replaced); then the page keeps focus sensibly.
      if (previous && previous.isConnected) previous.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close.current();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = Array.from(ref.current!.querySelectorAll<HTMLElement>(FOCUSABLE));
    if (items.length === 0) return e.preventDefault();
    const first = items[0];
    const last = items[items.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={`dialog dialog--${size} ${className ?? ''}`}
        onKeyDown={onKeyDown}
      >
        <div className="dialog__bar">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <div className="dialog__actions">
            {actions}
            <button type="button" className="button button--quiet" onClick={onClose}>
              Chiudi
            </button>
          </div>
        </div>
        <div className="dialog__body">{children}</div>
      </div>
    </div>
  );
}
