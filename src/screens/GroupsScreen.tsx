import { useEffect, useMemo, useState } from 'react';
import { downloadText } from '../adapters/download';
import { homeHref } from '../app/route';
import { useApp, useAppStore } from '../app/store-context';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatDateTime, formatTime, GroupsTable } from '../components/GroupsTable';
import { Notice } from '../components/Notice';
import { exportFileName, toCsv, toJson } from '../store/workshop-export';
import type { WorkshopLog } from '../store/workshop-log';
import { compareGroups } from './compare-groups';

const EMPTY: WorkshopLog = { groups: [], problem: null, stored: true };

const PROBLEMS = {
  damaged:
    'Il registro dei gruppi salvato in questo browser è danneggiato e non si può leggere. Sarà messo da parte, intero, quando si registra il prossimo gruppo.',
  newer:
    'Il registro dei gruppi è stato scritto da una versione più recente del lettore. Ricarica la pagina per vederlo; se registri un gruppo da qui, sarà messo da parte.',
  'set-aside':
    'Un registro precedente era danneggiato ed è stato messo da parte: qui compaiono solo i gruppi registrati dopo. «Svuota il registro» elimina anche quello.',
} as const;

const sameDay = (a: number, b: number) => new Date(a).toDateString() === new Date(b).toDateString();

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** `#/gruppi/<slug>`: the groups of a workshop on one episode, side by side, with the log to export. */
export function GroupsScreen({ slug }: { slug: string }) {
  const store = useAppStore();
  const meta = useApp((s) => s.episodes.find((e) => e.slug === slug)?.meta);
  const log = useApp((s) => s.workshopLogs[slug]) ?? EMPTY;
  const comparison = useMemo(() => compareGroups(log.groups), [log.groups]);
  const [clearing, setClearing] = useState(false);
  const title = meta?.title || slug;
  const { groups } = log;

  useEffect(() => {
    document.title = `Gruppi — ${title} — Se Internet ha vinto`;
  }, [title]);

  const exportAs = (kind: 'csv' | 'json') => {
    const now = Date.now();
    if (kind === 'csv') {
      // The byte-order mark lets spreadsheets read the accents as UTF-8.
      downloadText(exportFileName(slug, 'csv', now), 'text/csv;charset=utf-8', `\uFEFF${toCsv(groups)}`);
    } else {
      downloadText(exportFileName(slug, 'json', now), 'application/json', toJson(slug, groups, now, title));
    }
  };

  const first = groups[0];
  const last = groups.at(-1);

  return (
    <div className="groups" data-screen="groups">
      <div className="groups__head">
        <p className="groups__kicker">
          {meta?.episode ? `Episodio ${meta.episode} · ` : ''}Registro del workshop
        </p>
        <h1 className="groups__title">Gruppi a confronto</h1>
        <p className="groups__episode">{title}</p>
        {first && last && (
          <p className="groups__meta">
            {plural(groups.length, 'gruppo', 'gruppi')} · {formatDateTime(first.startedAt)}
            {last !== first && <> – {sameDay(first.startedAt, last.startedAt) ? formatTime(last.startedAt) : formatDateTime(last.startedAt)}</>}
          </p>
        )}
      </div>

      {log.problem && (
        <Notice
          message={PROBLEMS[log.problem]}
          actions={
            // Nothing readable to lose: the damaged log can go at once.
            log.problem === 'damaged' && groups.length === 0
              ? [{ label: 'Elimina il registro danneggiato', onClick: () => store.getState().clearLog(slug) }]
              : []
          }
        />
      )}
      {!log.stored && (
        <Notice
          message="Lo spazio di questo browser non ha accettato il registro: gli ultimi dati restano solo finché la pagina è aperta. Esportali prima di chiuderla."
          actions={[]}
        />
      )}

      {groups.length === 0 ? (
        <div className="groups__empty">
          <p>Nessun gruppo registrato per questo episodio in questo browser.</p>
          <p>I gruppi si registrano dalla vista del presentatore, durante il workshop.</p>
          <p>
            <a className="button" href={homeHref}>
              Tutti gli episodi
            </a>
          </p>
        </div>
      ) : (
        <>
          <div className="groups__actions" role="group" aria-label="Registro">
            <button type="button" className="button button--primary" onClick={() => exportAs('csv')}>
              Esporta CSV
            </button>
            <button type="button" className="button" onClick={() => exportAs('json')}>
              Esporta JSON
            </button>
          </div>
          <GroupsTable comparison={comparison} caption={`Scelte, tempi e domande di ogni gruppo — ${title}`} />
          <div className="groups__footer">
            <a href={homeHref}>Tutti gli episodi</a>
            <button type="button" className="button button--small" onClick={() => setClearing(true)}>
              Svuota il registro
            </button>
          </div>
        </>
      )}

      {clearing && (
        <ConfirmDialog
          title="Svuotare il registro?"
          message={`Si cancellano ${plural(groups.length, 'gruppo registrato', 'gruppi registrati')} per questo episodio in questo browser. Se ti servono, esportali prima.`}
          confirmLabel="Svuota"
          onCancel={() => setClearing(false)}
          onConfirm={() => {
            setClearing(false);
            store.getState().clearLog(slug);
          }}
        />
      )}
    </div>
  );
}
