import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { episodeHref, parseRoute, resolveSlug, useRoute } from '../../src/app/route';

describe('hash routes', () => {
  it('reads home and episode routes', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute('#/episodio/episodio-4')).toEqual({ name: 'episode', slug: 'episodio-4', fromStart: false });
    expect(parseRoute('#/episodio/episodio-4?da-capo')).toEqual({ name: 'episode', slug: 'episodio-4', fromStart: true });
    expect(parseRoute(episodeHref('episodio-4', true))).toEqual(parseRoute('#/episodio/episodio-4?da-capo'));
  });

  it('accepts an episode number for a slug; an unknown one is no episode', () => {
    const episodes = [{ slug: 'episodio-4', meta: { episode: '4' } }];
    expect(resolveSlug('4', episodes)).toBe('episodio-4');
    expect(resolveSlug('episodio-4', episodes)).toBe('episodio-4');
    expect(resolveSlug('nessuno', episodes)).toBeNull();
  });

  it('follows the hash, including a change made after its first render and before it listens', () => {
    window.history.replaceState(null, '', '#/');
    const { result } = renderHook(() => {
      const route = useRoute();
      // A reader following a link while the app's first render is under way: the hash changes between
      // that render and the commit, and no event comes after the hook listens.
      if (window.location.hash === '#/') window.history.replaceState(null, '', '#/episodio/episodio-4');
      return route;
    });
    expect(result.current).toEqual({ name: 'episode', slug: 'episodio-4', fromStart: false });
    act(() => {
      window.location.hash = '#/apri';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(result.current).toEqual({ name: 'open' });
  });
});
