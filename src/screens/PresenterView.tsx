import { useEffect, useMemo, useRef, useState } from 'react';
import { groupsHref, projectHref } from '../app/route';
import { useApp, useAppStore, useCast } from '../app/store-context';
import type { Beat, StoryBeat } from '../engine/types';

interface Props {
  slug: string;
  /** The section list is open (key G). */
  sectionsOpen: boolean;
  onSections: (open: boolean) => void;
}

const COUNTDOWNS = [null, 60, 120, 180, 300] as const;

const minutes = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** The facilitator's window: what the room sees, what comes next, notes, prompts, timers, sections, groups. */
export function PresenterView({ slug, sectionsOpen, onSections }: Props) {
  const store = useAppStore();
  const cast = useCast();
  const scene = useApp((s) => (s.scene?.slug === slug ? s.scene : null));
  const workshop = useApp((s) => s.workshop);
  const now = useNow(1000);
  const [countdown, setCountdown] = useState<Record<string, number | null>>({});
  const [confirmGroup, setConfirmGroup] = useState(false);
  // Show-of-hands counts typed at the current choice point (cleared when the story moves).
  const [hands, setHands] = useState<Record<string, number>>({});
  useEffect(() => setHands({}), [scene?.beats]);

  // The whole run is read only when it changes (notes and prompts come from every line read so far).
  const transcript = useMemo(() => (scene ? store.getState().transcript() : []), [store, scene]);
  const peek = useMemo(() => (scene && scene.phase !== 'loading' ? store.getState().peek() : null), [store, scene]);
  const section = sectionOf(transcript);
  const notes = transcript.slice(section.start).flatMap((b) => (b.kind === 'choice' ? [] : b.notes));
  const prompts = transcript.flatMap((b) => (b.kind === 'choice' ? [] : b.prompts.map((text) => ({ text, id: `${b.id}:${text}` }))));
  const sectionSince = useSince(section.name ?? '', now);

  useEffect(() => {
    if (scene?.meta.title) document.title = `Relatore — ${scene.meta.title}`;
  }, [scene?.meta.title]);

  const nameOf = (beat: StoryBeat) => (beat.kind === 'speech' ? cast.members.find((m) => m.id === beat.speaker)?.name ?? beat.speaker : beat.kind === 'narration' ? "L'autore" : 'Regia');
  const say = (beat: StoryBeat | null) => (beat && 'text' in beat ? beat.text : '');
  const s = store.getState();

  return (
    <main className="presenter" data-phase={scene?.phase ?? 'loading'} data-beats={scene?.beats ?? 0} data-held={scene?.held || undefined}>
      <header className="presenter__bar">
        <h1 className="presenter__title">
          <span className="presenter__kicker">Relatore · gruppo {workshop?.group ?? 1}</span> {scene?.meta.title ?? slug}
        </h1>
        <p className={`presenter__link${workshop?.connected ? ' is-on' : ''}`}>
          {workshop?.connected ? 'Sala collegata' : (
            <>
              Sala non collegata: <a href={projectHref(slug)} target={`sihv-room-${slug}`}>apri la proiezione</a>
            </>
          )}
        </p>
        <p className="presenter__timers">
          <span>In totale <strong>{minutes(now - (workshop?.groupStartedAt ?? now))}</strong></span>
          <span>In questa sezione <strong>{minutes(sectionSince)}</strong></span>
        </p>
        <div className="presenter__actions">
          <button type="button" className={`button button--small${workshop?.blackout ? ' button--primary' : ''}`} aria-pressed={workshop?.blackout ?? false} aria-keyshortcuts="B" onClick={() => s.setBlackout(!workshop?.blackout)}>
            Schermo nero
          </button>
          <button type="button" className="button button--small" aria-keyshortcuts="G" onClick={() => onSections(!sectionsOpen)}>
            Sezioni
          </button>
          <button type="button" className="button button--small" onClick={() => setConfirmGroup(true)}>
            Prossimo gruppo
          </button>
          <a className="button button--small button--quiet" href={groupsHref(slug)} target="_blank" rel="noopener">
            Gruppi
          </a>
        </div>
      </header>

      {confirmGroup && (
        <div className="presenter__confirm" role="alertdialog" aria-labelledby="next-group-q">
          <p id="next-group-q">Ricominciare l'episodio per il gruppo {(workshop?.group ?? 1) + 1}? Il percorso di questo gruppo resta nel registro.</p>
          <button type="button" className="button button--primary button--small" onClick={() => { setConfirmGroup(false); s.nextGroup(); }}>
            Sì, nuovo gruppo
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => setConfirmGroup(false)}>
            Annulla
          </button>
        </div>
      )}

      <section className="presenter__now" aria-labelledby="now-title">
        <h2 id="now-title" className="presenter__label">In sala ora</h2>
        {scene?.lastLine ? (
          <p className="presenter__line">
            <span className="presenter__who">{nameOf(scene.lastLine)}</span> <span className="presenter__say">{say(scene.lastLine)}</span>
          </p>
        ) : (
          <p className="presenter__line">…</p>
        )}
        {workshop?.blackout && <p className="presenter__flag">La sala vede uno schermo nero.</p>}
      </section>

      <section className="presenter__next" aria-labelledby="next-title">
        <h2 id="next-title" className="presenter__label">Prossimo clic</h2>
        {peek?.kind === 'line' && (
          <p className="presenter__line presenter__line--next">
            <span className="presenter__who">{nameOf(peek.beat)}</span> {say(peek.beat) || '(cambio di scena)'}
          </p>
        )}
        {peek?.kind === 'end' && <p className="presenter__line presenter__line--next">Fine dell'episodio.</p>}
        {peek?.kind === 'choices' && scene && (
          <ol className="presenter__choices">
            {peek.options.map((o, i) => (
              <li key={o.index} className={workshop?.pointed === i ? 'is-pointed' : undefined}>
                <div className="presenter__option">
                  <button type="button" className="presenter__choice" aria-keyshortcuts={String(i + 1)} onClick={() => s.chooseWithHands(o.index, hands)} disabled={!scene.choicesReady}>
                    <kbd>{i + 1}</kbd> {o.text}
                  </button>
                  <label className="presenter__hands">
                    <span className="sr-only">Mani alzate per «{o.text}»</span>
                    <input
                      type="number"
                      min={0}
                      inputMode="numeric"
                      placeholder="mani"
                      value={hands[o.text] ?? ''}
                      onChange={(e) => setHands({ ...hands, [o.text]: Math.max(0, Number(e.target.value) || 0) })}
                    />
                  </label>
                </div>
                {o.first && (
                  <span className="presenter__then">
                    poi: <span className="presenter__who">{nameOf(o.first)}</span> {say(o.first)}
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="presenter__notes" aria-labelledby="notes-title">
        <h2 id="notes-title" className="presenter__label">Note{section.name ? ` · ${section.name}` : ''}</h2>
        {notes.length ? (
          <ul className="presenter__list">
            {notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        ) : (
          <p className="presenter__empty">Nessuna nota in questa sezione, finora.</p>
        )}
      </section>

      <section className="presenter__prompts" aria-labelledby="prompts-title">
        <h2 id="prompts-title" className="presenter__label">Domande per la sala</h2>
        {prompts.length === 0 && <p className="presenter__empty">Nessuna domanda ancora raggiunta.</p>}
        <ul className="presenter__list">
          {prompts.map((p) => {
            const shown = workshop?.prompt?.text === p.text;
            const seconds = countdown[p.id] ?? null;
            return (
              <li key={p.id} className={`presenter__prompt${shown ? ' is-shown' : ''}`}>
                <span>{p.text}</span>
                <span className="presenter__prompt-actions">
                  <label>
                    <span className="sr-only">Tempo per «{p.text}»</span>
                    <select value={seconds ?? ''} onChange={(e) => setCountdown({ ...countdown, [p.id]: e.target.value ? Number(e.target.value) : null })}>
                      {COUNTDOWNS.map((c) => (
                        <option key={c ?? 0} value={c ?? ''}>
                          {c ? `${c / 60} min` : 'senza tempo'}
                        </option>
                      ))}
                    </select>
                  </label>
                  <button type="button" className="button button--small" onClick={() => (shown ? s.hidePrompt() : s.showPrompt(p.text, seconds))}>
                    {shown ? 'Nascondi' : 'Mostra in sala'}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      </section>
    </main>
  );
}

/** The latest section met (a `# section:` line) and where it starts in the transcript. */
function sectionOf(transcript: Beat[]): { name: string | null; start: number } {
  for (let i = transcript.length - 1; i >= 0; i--) {
    const b = transcript[i];
    if (b.kind !== 'choice' && b.section) return { name: b.section, start: i };
  }
  return { name: null, start: 0 };
}

/** Wall-clock now, ticking every `ms`. */
function useNow(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}

/** Milliseconds since `key` last changed. */
function useSince(key: string, now: number): number {
  const since = useRef({ key, at: Date.now() });
  if (since.current.key !== key) since.current = { key, at: Date.now() };
  return now - since.current.at;
}
