import { describe, expect, it } from 'vitest';
import { episodeHref, parseRoute, resolveSlug } from '../../src/app/route';

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
});
