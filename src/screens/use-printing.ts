import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed. The printable transcript is only rendered then, so it costs
 * nothing while reading. `beforeprint` comes with Ctrl+P and window.print(); the media query covers
 * print previews and emulated print media.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const query = window.matchMedia?.('print');
    // Synchronous, so the transcript is in the page before the browser lays out the printout.
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const onBefore = () => set(true);
    const onAfter = () => set(query?.matches ?? false);
    const onQuery = (e: MediaQueryListEvent) => set(e.matches);
    addEventListener('beforeprint', onBefore);
    addEventListener('afterprint', onAfter);
    query?.addEventListener?.('change', onQuery);
    return () => {
      removeEventListener('beforeprint', onBefore);
      removeEventListener('afterprint', onAfter);
      query?.removeEventListener?.('change', onQuery);
    };
  }, []);
  return printing;
}
