// Component tests run in jsdom: unmount after each test so screens and listeners do not leak.
// Guarded, because some suites (engine, stories) may run in the node environment.
import { afterAll, afterEach } from 'vitest';

afterEach(async () => {
  if (typeof window === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
  window.localStorage.clear();
  window.location.hash = '';
});

// The app loads its motion features when the page is idle (a 50 ms timer in jsdom): let that land
// before jsdom is torn down, or React would be handed the features without a window to render in.
afterAll(async () => {
  if (typeof window !== 'undefined') await new Promise((resolve) => setTimeout(resolve, 200));
});
