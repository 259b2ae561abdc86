// The reading page and home as issue 12 sets them: the end panel offers the other ending by name and
// the next episode; the home page features episode 4 with 3 and 5 billed as its recap and teaser.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { episodeHref } from '../../src/app/route';
import { EndPanel } from '../../src/components/EndPanel';
import { renderApp } from '../helpers/render-app';

const noop = () => {};
const story = async () => ({ default: '{}' });

describe('end panel: the other ending', () => {
  it('names the other ending and offers «Prova l\'altro finale», which goes back to the deciding choice', () => {
    const onOther = vi.fn();
    render(
      <EndPanel
        ending={{ id: 'pausa', name: 'Una pausa fino alle quattro' }}
        other={{ name: 'Si riparte dalle persone' }}
        onOther={onOther}
        next={{ slug: 'episodio-5', meta: { title: 'Centro', episode: '5' } }}
        canGoBack
        homeHref="#/"
        episodeHref={episodeHref}
        onBack={noop}
        onRestart={noop}
        onHistory={noop}
      />,
    );
    const panel = screen.getByRole('region', { name: "Fine dell'episodio" });
    expect(panel.textContent).toContain("C'è un altro finale: «Si riparte dalle persone»");
    fireEvent.click(within(panel).getByRole('button', { name: "Prova l'altro finale" }));
    expect(onOther).toHaveBeenCalledTimes(1);
    expect(within(panel).getByRole('link', { name: /Prossimo episodio/ }).getAttribute('href')).toBe('#/episodio/episodio-5');
  });

  it('without another ending, offers none', () => {
    render(<EndPanel ending={null} other={null} next={null} canGoBack homeHref="#/" episodeHref={episodeHref} onBack={noop} onRestart={noop} onHistory={noop} />);
    expect(screen.queryByRole('button', { name: "Prova l'altro finale" })).toBeNull();
  });
});

describe('home: the feature, its recap and its teaser', () => {
  it('puts episode 4 first and large; 3 and 5 are billed as the previous and next instalment, still openable', async () => {
    renderApp([
      { slug: 'episodio-3', tags: ['title: Tre', 'episode: 3'], load: story },
      { slug: 'episodio-5', tags: ['title: Cinque', 'episode: 5'], load: story },
      { slug: 'episodio-4', tags: ['title: Quattro', 'episode: 4', 'summary: Al 7-eleven.'], load: story },
    ]);
    const cards = await screen.findAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading', { level: 2 }).textContent)).toEqual(['Quattro', 'Tre', 'Cinque']);
    expect(cards[0].className).toContain('episode-card--feature');
    expect(cards[1].textContent).toContain('Nella puntata precedente');
    expect(cards[2].textContent).toContain('Nella prossima puntata');
    expect(within(cards[1]).getByRole('link', { name: /Inizia/ }).getAttribute('href')).toBe('#/episodio/episodio-3');
    expect(within(cards[2]).getByRole('link', { name: /Inizia/ }).getAttribute('href')).toBe('#/episodio/episodio-5');
  });
});
