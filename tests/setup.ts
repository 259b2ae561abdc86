// Component tests run in jsdom: unmount after each test so screens and listeners do not leak.
// Guarded, because some suites (engine, stories) may run in the node environment.
import { afterEach } from 'vitest';

afterEach(async () => {
  if (typeof window === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
  window.localStorage.clear();
  window.location.hash = '';
});
