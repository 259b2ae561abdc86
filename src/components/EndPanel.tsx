/** The episode that comes next, as the end panel offers it. */
export interface NextEpisode {
  slug: string;
  meta: { title: string; episode: string };
}

interface Props {
  /** The ending reached; null when the story ends on a line without `# ending`. */
  ending: { id: string; name: string } | null;
  /** The ending this reading did not reach (from the store), when the story has another. */
  other?: { name: string } | null;
  /** Goes back to the choice that decides the other ending. */
  onOther?: () => void;
  /** The next episode by number; null after the last one. */
  next: NextEpisode | null;
  canGoBack: boolean;
  homeHref: string;
  episodeHref: (slug: string) => string;
  onBack: () => void;
  onRestart: () => void;
  onHistory: () => void;
}

/**
 * The end of a path: names the ending reached, offers the other ending (back to the choice that
 * decides it) and the next episode; quieter, the way back, the history, a restart and the list.
 */
export function EndPanel({ ending, other, onOther, next, canGoBack, homeHref, episodeHref, onBack, onRestart, onHistory }: Props) {
  return (
    <section className="end-panel" aria-labelledby="end-title" data-ending={ending?.id}>
      <p className="end-panel__rule" aria-hidden="true">
        ✦
      </p>
      <h2 id="end-title" className="end-panel__title">
        Fine dell'episodio
      </h2>
      {ending && (
        <p className="end-panel__ending">
          Finale: <strong className="end-panel__ending-name">{ending.name}</strong>
        </p>
      )}
      {other && onOther ? (
        <div className="end-panel__other">
          <p className="end-panel__text">
            C'è un altro finale: <span className="end-panel__other-name">«{other.name}»</span>. Si decide a una scelta sola.
          </p>
          <button type="button" className="button button--primary" onClick={onOther}>
            Prova l'altro finale
          </button>
        </div>
      ) : (
        <p className="end-panel__text">
          Questa è una delle strade possibili. Torna indietro a una scelta per sentire come va l'altra.
        </p>
      )}
      {next && (
        <p className="end-panel__next">
          <a className="end-panel__next-link" href={episodeHref(next.slug)}>
            <span className="end-panel__next-label">
              Prossimo episodio{next.meta.episode ? ` (${next.meta.episode})` : ''}:
            </span>{' '}
            <span className="end-panel__next-title">{next.meta.title || next.slug}</span>
            <span aria-hidden="true"> →</span>
          </a>
        </p>
      )}
      <div className="end-panel__more">
        {canGoBack && (
          <button type="button" className="button button--quiet button--small" onClick={onBack}>
            Torna all'ultima scelta
          </button>
        )}
        <button type="button" className="button button--quiet button--small" onClick={onHistory}>
          Rileggi la cronologia
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onRestart}>
          Ricomincia
        </button>
        <a className="button button--quiet button--small" href={homeHref}>
          Tutti gli episodi
        </a>
      </div>
    </section>
  );
}
