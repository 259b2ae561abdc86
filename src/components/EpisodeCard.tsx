import { Fragment } from 'react';

export interface EpisodeCardData {
  slug: string;
  meta: { title: string; episode: string; time: string; summary: string };
  progress: { state: 'new' | 'reading' | 'finished' | 'interrupted'; where: string; endings: { id: string; name: string }[] };
}

interface Props {
  episode: EpisodeCardData;
  href: string;
  onRestart: () => void;
  /** The episode's workshop log (`#/gruppi/<slug>`), when it has one: a quiet link «Gruppi». */
  groupsHref?: string;
  /** Workshop mode: project this episode to a room, with a presenter window. */
  onPresent?: () => void;
  /**
   * How the home page bills it: the featured episode (large), or the one before it read as its recap
   * («Nella puntata precedente») or the one after as its teaser («Nella prossima puntata»).
   */
  billing?: 'feature' | 'recap' | 'teaser' | 'plain';
}

const BILLING_LABEL = { recap: 'Nella puntata precedente', teaser: 'Nella prossima puntata' } as const;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One episode on the home page: when it happens, what it is about, and where the reader is. */
export function EpisodeCard({ episode, href, onRestart, groupsHref, onPresent, billing = 'plain' }: Props) {
  const { meta, progress } = episode;
  const headingId = `ep-${episode.slug}`;
  const started = progress.state !== 'new';
  const size = billing === 'recap' || billing === 'teaser' ? ' button--small' : '';
  return (
    <article className={`episode-card episode-card--${progress.state} episode-card--${billing}`} aria-labelledby={headingId}>
      {(billing === 'recap' || billing === 'teaser') && <p className="episode-card__billing">{BILLING_LABEL[billing]}</p>}
      <p className="episode-card__kicker">
        {meta.episode && <span className="episode-card__number">Episodio {meta.episode}</span>}
        {meta.time && <span className="episode-card__time">{meta.time}</span>}
      </p>
      <h2 id={headingId} className="episode-card__title">
        {meta.title || episode.slug}
      </h2>
      {meta.summary && <p className="episode-card__summary">{meta.summary}</p>}

      <div className="episode-card__progress">
        {progress.state === 'new' && <p className="progress-badge">Non ancora iniziato</p>}
        {progress.state === 'reading' && (
          <>
            <p className="progress-badge progress-badge--reading">In corso</p>
            {progress.where && (
              <p className="episode-card__where">
                <span className="episode-card__where-label">Eri qui:</span> «{progress.where}»
              </p>
            )}
          </>
        )}
        {progress.state === 'finished' && (
          <p className="progress-badge progress-badge--finished">Concluso</p>
        )}
        {progress.state === 'interrupted' && (
          <>
            <p className="progress-badge progress-badge--interrupted">Interrotto da un errore</p>
            {progress.where && (
              <p className="episode-card__where">
                <span className="episode-card__where-label">Si è fermato qui:</span> «{progress.where}»
              </p>
            )}
          </>
        )}
        {progress.endings.length > 0 && (
          <p className="episode-card__endings">
            {plural(progress.endings.length, 'finale visto', 'finali visti')}:{' '}
            {progress.endings.map((e, i) => (
              <Fragment key={e.id}>
                {i > 0 && ', '}
                <span className="episode-card__ending" data-ending={e.id}>
                  «{e.name}»
                </span>
              </Fragment>
            ))}
          </p>
        )}
      </div>

      <div className="episode-card__actions">
        {progress.state === 'finished' ? (
          <>
            <button type="button" className={`button button--primary${size}`} onClick={onRestart} aria-describedby={headingId}>
              Ricomincia
            </button>
            <a className={`button${size}`} href={href} aria-describedby={headingId}>
              Rivedi il finale
            </a>
          </>
        ) : (
          <>
            <a className={`button button--primary${size}`} href={href} aria-describedby={headingId}>
              {started ? 'Continua' : 'Inizia'}
            </a>
            {started && (
              <button type="button" className={`button${size}`} onClick={onRestart} aria-describedby={headingId}>
                Ricomincia
              </button>
            )}
          </>
        )}
        {onPresent && (
          <button type="button" className={`button button--quiet${size} episode-card__present`} onClick={onPresent} aria-describedby={headingId}>
            Presenta
          </button>
        )}
        {groupsHref && (
          <a className={`button button--quiet${size} episode-card__groups`} href={groupsHref} aria-describedby={headingId}>
            Gruppi
          </a>
        )}
      </div>
    </article>
  );
}
