import { useEffect } from 'react';
import { episodeHref, homeHref } from '../app/route';
import { useApp } from '../app/store-context';

/** A link to an episode that does not exist (`#/episodio/nope`): say so and list the ones that do. */
export function NotFoundScreen({ slug }: { slug: string }) {
  const episodes = useApp((s) => s.episodes);

  useEffect(() => {
    document.title = 'Episodio non trovato — Se Internet ha vinto';
  }, []);

  return (
    <div className="not-found" data-screen="not-found">
      <h1 className="not-found__title">Episodio non trovato</h1>
      <p className="not-found__text">
        Non c'è nessun episodio «{slug}». Forse il link è sbagliato o l'episodio non esiste più.
      </p>
      {episodes.length > 0 && (
        <nav aria-labelledby="not-found-list">
          <h2 id="not-found-list" className="not-found__subtitle">
            Gli episodi
          </h2>
          <ul className="not-found__list">
            {episodes.map((e) => (
              <li key={e.slug}>
                <a href={episodeHref(e.slug)}>
                  {e.meta.episode ? `Episodio ${e.meta.episode}: ` : ''}
                  {e.meta.title || e.slug}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p>
        <a className="button" href={homeHref}>
          Tutti gli episodi
        </a>
      </p>
    </div>
  );
}
