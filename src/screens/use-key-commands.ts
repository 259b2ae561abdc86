import { useEffect, useRef } from 'react';
import { commandForKey, modalOpen, type Command } from '../app/keymap';

/**
 * Listens for the reader's keys on the window and hands the commands this screen knows to `handle`
 * (which returns false for commands it does not take). Waits while a modal dialog is open.
 */
export function useKeyCommands(handle: (command: Command) => boolean) {
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || modalOpen()) return;
      const command = commandForKey(e);
      if (command && latest.current(command)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
