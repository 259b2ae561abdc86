// The reader's keyboard map: one table drives both the key handling and the `?` overlay.

export type Command =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'back-line' }
  | { type: 'choose'; number: number }
  | { type: 'history' }
  | { type: 'settings' }
  | { type: 'restart' }
  | { type: 'auto' }
  | { type: 'help' };

export interface Shortcut {
  keys: string[];
  label: string;
}

export const SHORTCUTS: Shortcut[] = [
  { keys: ['Spazio', 'Invio', '→', 'Pag↓'], label: 'Riga successiva (durante la scrittura: mostra la riga intera)' },
  { keys: ['1', '…', '9'], label: 'Scegli la risposta con quel numero' },
  { keys: ['←', 'Pag↑'], label: 'Torna indietro di una riga' },
  { keys: ['Backspace', 'Maiusc + ←'], label: "Torna indietro all'ultima scelta" },
  { keys: ['C'], label: 'Apri la cronologia della lettura' },
  { keys: ['R'], label: "Ricomincia l'episodio (chiede conferma)" },
  { keys: ['A'], label: 'Attiva o disattiva l’avanzamento automatico' },
  { keys: ['I'], label: 'Impostazioni di lettura' },
  { keys: ['?'], label: 'Mostra questo elenco' },
  { keys: ['Esc'], label: 'Chiudi la finestra aperta' },
];

const isField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

const isControl = (target: EventTarget | null) =>
  target instanceof HTMLElement && Boolean(target.closest('button, a[href], summary, [role="button"]'));

/** What a key press means, or null. Space and Enter on a focused button keep their native meaning. */
export function commandForKey(e: KeyboardEvent): Command | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing || isField(e.target)) return null;
  switch (e.key) {
    case ' ':
    case 'Enter':
      return isControl(e.target) ? null : { type: 'next' };
    // Presentation clickers send Page Down / Page Up (or the arrows).
    case 'ArrowRight':
    case 'PageDown':
      return { type: 'next' };
    case 'ArrowLeft':
      return e.shiftKey ? { type: 'back' } : { type: 'back-line' };
    case 'PageUp':
      return { type: 'back-line' };
    case 'Backspace':
      return { type: 'back' };
    case '?':
      return { type: 'help' };
  }
  if (/^[1-9]$/.test(e.key)) return { type: 'choose', number: Number(e.key) };
  switch (e.key.toLowerCase()) {
    case 'c':
      return { type: 'history' };
    case 'r':
      return { type: 'restart' };
    case 'a':
      return { type: 'auto' };
    case 'i':
      return { type: 'settings' };
  }
  return null;
}

/** True while a modal dialog is open: the page's shortcuts wait until it closes. */
export const modalOpen = () => Boolean(document.querySelector('[role="dialog"][aria-modal="true"], [role="alertdialog"][aria-modal="true"]'));
