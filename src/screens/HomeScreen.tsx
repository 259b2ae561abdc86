import { useEffect, useState } from 'react';
import { episodeHref, groupsHref, navigate, startPresenting } from '../app/route';
import { useApp } from '../app/store-context';
import { RestartDialog } from '../components/on-demand';
import { EpisodeCard } from '../components/EpisodeCard';

/**
 * The episode the home page features: the essay's own episode. The one before it is billed as its
 * recap and the one after as its teaser (they are ten lines each); any other is a plain card.
 */
const FEATURED = 'episodio-4';

export const SERIES_TITLE = 'Se Internet ha vinto, Facebook è morto e i social media stanno male';

const rank = { feature: 0, recap: 1, teaser: 2, plain: 3 } as const;

/** The list of episodes with the reader's progress in each. */
export function HomeScreen() {
  const episodes = useApp((s) => s.episodes);
  // The episodes with a workshop log, as one string so the selector returns a primitive.
  const logged = useApp((s) => Object.keys(s.workshopLogs).filter((k) => s.workshopLogs[k].groups.length > 0).join('\n')).split('\n');
  const [restarting, setRestarting] = useState<string | null>(null);
  const featured = Math.max(0, episodes.findIndex((e) => e.slug === FEATURED));
  const billing = (i: number): keyof typeof rank =>
    i === featured ? 'feature' : i === featured - 1 ? 'recap' : i === featured + 1 ? 'teaser' : 'plain';
  // The feature first, then its recap and teaser, then the rest in order.
  const order = episodes
    .map((episode, i) => ({ episode, billing: billing(i) }))
    .sort((a, b) => rank[a.billing] - rank[b.billing]);

  useEffect(() => {
    document.title = 'Se Internet ha vinto — episodi interattivi';
  }, []);

  return (
    <div className="home">
      <div className="home__masthead">
        <p className="home__kicker">Un saggio in forma di dialogo · episodi interattivi</p>
        <h1 className="home__title">{SERIES_TITLE}</h1>
        <p className="home__lede">
          L'uomo con il cappotto, quello con la valigetta e la voce dell'autore. Leggi una riga alla volta, scegli dove
          portare il discorso, torna indietro quando vuoi: il punto in cui sei resta salvato su questo dispositivo.
        </p>
      </div>

      <section aria-label="Episodi" className="home__episodes">
        {episodes.length === 0 ? (
          <p className="home__empty">Nessun episodio è ancora disponibile.</p>
        ) : (
          <ol className="episode-list">
            {order.map(({ episode, billing }) => (
              <li key={episode.slug} className={`episode-list__item episode-list__item--${billing}`}>
                <EpisodeCard
                  episode={episode}
                  href={episodeHref(episode.slug)}
                  onRestart={() => setRestarting(episode.slug)}
                  groupsHref={logged.includes(episode.slug) ? groupsHref(episode.slug) : undefined}
                  onPresent={() => startPresenting(episode.slug)}
                  billing={billing}
                />
              </li>
            ))}
          </ol>
        )}
      </section>

      {restarting && (
        <RestartDialog
          onCancel={() => setRestarting(null)}
          onConfirm={() => {
            const slug = restarting;
            setRestarting(null);
            navigate(episodeHref(slug, true));
          }}
        />
      )}
    </div>
  );
}
