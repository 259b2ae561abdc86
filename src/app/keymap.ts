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
  | { type: 'help' }
  | { type: 'present' };

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
  { keys: ['S'], label: 'Presenta: questa finestra va in sala, la vista relatore in una finestra sua' },
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
    case 's':
      return { type: 'present' };
  }
  return null;
}

/** The workshop's keys (reveal.js conventions, clicker-safe), the same in the projector and the presenter. */
export type WorkshopCommand =
  | { type: 'next' }
  | { type: 'back-line' }
  | { type: 'back' }
  | { type: 'confirm' }
  | { type: 'choose'; number: number }
  | { type: 'blackout' }
  | { type: 'fullscreen' }
  | { type: 'sections' }
  | { type: 'prompt' }
  | { type: 'help' };

export const WORKSHOP_SHORTCUTS: Shortcut[] = [
  { keys: ['→', 'Pag↓', 'Spazio'], label: 'Avanti; a una scelta, indica la risposta successiva' },
  { keys: ['←', 'Pag↑'], label: 'Indietro di una riga; a una scelta, indica la risposta precedente' },
  { keys: ['Tieni premuto Pag↓', 'Invio'], label: 'Conferma la risposta indicata' },
  { keys: ['1', '…', '9'], label: 'Scegli la risposta con quel numero' },
  { keys: ['Backspace'], label: "Torna all'ultima scelta" },
  { keys: ['B', '.', '/'], label: 'Schermo nero, e ritorno' },
  { keys: ['F'], label: 'Schermo intero' },
  { keys: ['G'], label: 'Vai a una sezione' },
  { keys: ['P'], label: 'Mostra o nascondi in sala la domanda di discussione' },
  { keys: ['?'], label: 'Questo elenco' },
];

/** What a key means in the workshop views, or null. */
export function workshopCommandForKey(e: KeyboardEvent): WorkshopCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing || isField(e.target)) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
      return { type: 'next' };
    case ' ':
      return isControl(e.target) ? null : { type: 'next' };
    case 'Enter':
      return isControl(e.target) ? null : { type: 'confirm' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'back-line' };
    case 'Backspace':
      return { type: 'back' };
    case '.':
    case '/':
      return { type: 'blackout' };
    case '?':
      return { type: 'help' };
  }
  if (/^[1-9]$/.test(e.key)) return { type: 'choose', number: Number(e.key) };
  switch (e.key.toLowerCase()) {
    case 'b':
      return { type: 'blackout' };
    case 'f':
      return { type: 'fullscreen' };
    case 'g':
      return { type: 'sections' };
    case 'p':
      return { type: 'prompt' };
  }
  return null;
}

/** True while a modal dialog is open: the page's shortcuts wait until it closes. */
export const modalOpen = () => Boolean(document.querySelector('[role="dialog"][aria-modal="true"], [role="alertdialog"][aria-modal="true"]'));
