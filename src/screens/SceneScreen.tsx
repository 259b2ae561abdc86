import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Command } from '../app/keymap';
import { episodeHref, homeHref, navigate, replaceHash } from '../app/route';
import { useApp, useAppStore, useCast } from '../app/store-context';
import { ChoiceList } from '../components/ChoiceList';
import { RestartDialog } from '../components/RestartDialog';
import { DialogueLine } from '../components/DialogueLine';
import { EndPanel } from '../components/EndPanel';
import { ErrorPanel } from '../components/ErrorPanel';
import { Notice } from '../components/Notice';
import { Stage, type StageFigure } from '../components/Stage';
import { Transcript } from '../components/Transcript';
import { TranscriptPanel } from '../components/TranscriptPanel';
import { SceneToolbar } from '../components/SceneToolbar';
import { announce, pageStarts, readingTime, reducedMotion, toLines } from './lines';
import { useKeyCommands } from './use-key-commands';
import { usePrinting } from './use-printing';

interface Props {
  slug: string;
  /** Open at the first line (the home page's "Ricomincia"). */
  fromStart: boolean;
  /** A dialog of the app shell (settings, shortcuts) is open: auto-advance waits. */
  shellDialogOpen: boolean;
}

/** One episode being read: the stage, the page of lines, choices, and the reader's controls. */
export function SceneScreen({ slug, fromStart, shellDialogOpen }: Props) {
  const store = useAppStore();
  const cast = useCast();
  const scene = useApp((s) => (s.scene?.slug === slug ? s.scene : null));
  const settings = useApp(useShallow((s) => s.settings));
  const [dialog, setDialog] = useState<'history' | 'restart' | null>(null);
  const [typedId, setTypedId] = useState(-1);
  const continueRef = useRef<HTMLButtonElement>(null);
  const pageEnd = useRef<HTMLDivElement>(null);
  const printing = usePrinting();

  useEffect(() => {
    let live = true;
    const { openEpisode } = store.getState();
    void openEpisode(slug, fromStart).then(() => {
      if (live && fromStart) replaceHash(episodeHref(slug)); // reloading must resume, not restart again
    });
    return () => {
      live = false;
      store.getState().closeEpisode();
    };
  }, [store, slug, fromStart]);

  const ready = scene !== null && scene.phase !== 'loading';
  const transcript = scene?.transcript ?? [];
  const stage = scene?.stage;
  const lastBeat = transcript[transcript.length - 1];
  const lastId = lastBeat?.id ?? -1;

  // Lines already on screen when the page opened (or after stepping back) appear without animation.
  const baseline = useRef<number | null>(null);
  if (ready && baseline.current === null) baseline.current = lastId;
  if (baseline.current !== null && lastId < baseline.current) baseline.current = lastId;
  const fresh = (id: number) => baseline.current !== null && id > baseline.current;

  const allLines = useMemo(() => toLines(transcript, cast), [transcript, cast]);
  const pageLines = useMemo(
    () => allLines.filter((l) => l.id >= (stage?.pageStart ?? 0)),
    [allLines, stage?.pageStart],
  );
  const latest = pageLines[pageLines.length - 1];
  const lastSpoken = allLines.findLast((l) => l.kind !== 'choice');
  const typing =
    settings.reveal === 'typewriter' && latest !== undefined && latest.kind !== 'choice' && fresh(latest.id) && typedId < latest.id;

  const phase = scene?.phase ?? 'loading';
  const paused = dialog !== null || shellDialogOpen;

  const next = () => {
    if (typing && latest) setTypedId(latest.id); // first show the whole line
    else store.getState().advance();
  };
  const chooseNumber = (n: number) => {
    const choice = scene?.choices[n - 1];
    if (choice) store.getState().choose(choice.index);
  };
  const back = () => store.getState().back();
  const restart = () => {
    setDialog(null);
    store.getState().restart();
  };

  useKeyCommands((command: Command) => {
    if (!ready) return false;
    switch (command.type) {
      case 'next':
        next();
        return true;
      case 'back':
        back();
        return true;
      case 'choose':
        chooseNumber(command.number);
        return phase === 'choosing';
      case 'history':
        setDialog('history');
        return true;
      case 'restart':
        setDialog('restart');
        return true;
      case 'auto':
        store.getState().updateSettings({ autoAdvance: !settings.autoAdvance });
        return true;
      default:
        return false;
    }
  });

  // Lines that only change the stage (a `clear`, an entrance) are passed through after their pause;
  // spoken lines move on by themselves only with auto-advance, after time enough to read them.
  useEffect(() => {
    if (phase !== 'reading' || !lastBeat) return;
    const pause = (stage?.pause ?? 0) * 1000;
    const spoken = lastBeat.kind === 'speech' || lastBeat.kind === 'narration';
    if (spoken && (!settings.autoAdvance || typing || paused)) return;
    const delay = spoken ? readingTime(lastBeat.text) + pause : pause;
    const timer = window.setTimeout(() => store.getState().advance(), delay);
    return () => window.clearTimeout(timer);
  }, [store, phase, lastBeat, stage?.pause, settings.autoAdvance, typing, paused]);

  // Keep the newest line in view, and never leave focus on nothing (e.g. after the choices go away).
  useEffect(() => {
    if (!ready) return;
    if ((document.activeElement === document.body || document.activeElement === null) && !dialog) {
      continueRef.current?.focus({ preventScroll: true });
    }
    // Scrolling forces a layout: do it in the next frame, with the paint, not inside React's commit.
    const frame = requestAnimationFrame(() =>
      pageEnd.current?.scrollIntoView?.({ block: 'nearest', behavior: reducedMotion(settings.motion) ? 'auto' : 'smooth' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [ready, lastId, phase, dialog, settings.motion]);

  useEffect(() => {
    if (scene?.meta.title) document.title = `${scene.meta.title} — Se Internet ha vinto`;
  }, [scene?.meta.title]);

  // Who stands on stage changes rarely: keep the same figures between lines so the stage is not redrawn.
  const figuresKey = JSON.stringify([stage?.present ?? [], stage?.poses ?? {}]);
  const figures = useMemo<StageFigure[]>(() => {
    const [present, poses] = JSON.parse(figuresKey) as [string[], Record<string, string>];
    return present.flatMap((id) => {
      const member = cast.members.find((m) => m.id === id);
      if (!member) return [];
      return [{ id, name: member.name, short: member.short, figure: member.figure, color: member.color, pose: poses[id] ?? member.poses[0] ?? '' }];
    });
  }, [figuresKey, cast]);

  if (scene?.phase === 'failed') {
    return (
      <div className="scene scene--failed" data-phase="failed">
        <ErrorPanel
          message={scene.error ?? 'Errore sconosciuto'}
          onHome={() => navigate(homeHref)}
          onRestart={scene.transcript.length ? restart : undefined}
          onBack={scene.depth > 0 ? back : undefined}
        />
      </div>
    );
  }

  const meta = scene?.meta;
  return (
    // data-phase and data-beats let the browser tests wait for the story to move, whatever the wording.
    <div className="scene" data-phase={phase} data-beats={transcript.length}>
      <div className="scene__stage-col">
        <Stage
          figures={figures}
          speaker={stage?.speaker ?? null}
          narrating={latest?.kind === 'narration'}
          scene={stage?.scene ?? ''}
          time={meta?.time ?? ''}
          pause={stage?.pause ?? 0}
        />
      </div>

      <div className="scene__read-col">
        <div className="scene__head">
          <p className="scene__kicker">{meta?.episode ? `Episodio ${meta.episode}` : 'Episodio'}</p>
          <h1 className="scene__title">{meta?.title || slug}</h1>
          <SceneToolbar
            canGoBack={(scene?.depth ?? 0) > 0}
            autoAdvance={settings.autoAdvance}
            onBack={back}
            onHistory={() => setDialog('history')}
            onRestart={() => setDialog('restart')}
            onToggleAuto={() => store.getState().updateSettings({ autoAdvance: !settings.autoAdvance })}
          />
        </div>

        {scene?.notice && (
          <Notice
            message={scene.notice.message}
            onRestart={restart}
            onDismiss={() => store.getState().dismissNotice()}
          />
        )}

        <section
          className="page"
          aria-labelledby="page-title"
          onClick={(e) => {
            // A tap on the text moves on; taps on controls and text selections do not.
            if ((e.target as HTMLElement).closest('button, a, input, label')) return;
            if (window.getSelection()?.toString()) return;
            if (phase === 'reading') next();
          }}
        >
          <h2 id="page-title" className="sr-only">
            Dialogo
          </h2>
          {!ready && <p className="page__loading">Sto aprendo l'episodio…</p>}
          <div className="page__lines">
            {pageLines.map((line) => (
              <DialogueLine
                key={line.id}
                line={line}
                latest={line === latest}
                arriving={fresh(line.id)}
                typing={typing && line === latest}
                cps={settings.revealSpeed}
                onTyped={setTypedId}
              />
            ))}
          </div>

          {phase === 'reading' && (
            <div className="page__continue">
              <button ref={continueRef} type="button" className="button button--primary continue" onClick={next}>
                {typing ? 'Mostra tutta la riga' : 'Continua'}
                <span aria-hidden="true" className="continue__arrow">→</span>
              </button>
              <span className="page__hint" aria-hidden="true">
                Spazio, Invio o → · tocca il testo
              </span>
            </div>
          )}
          {phase === 'choosing' && scene && <ChoiceList key={lastId} choices={scene.choices} onChoose={(i) => store.getState().choose(i)} />}
          {phase === 'ended' && scene && (
            <EndPanel
              canGoBack={scene.depth > 0}
              onBack={back}
              onRestart={() => setDialog('restart')}
              onHistory={() => setDialog('history')}
              homeHref={homeHref}
            />
          )}
          <div ref={pageEnd} className="page__end" />
        </section>
      </div>

      <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="live">
        {ready ? announce(lastSpoken) : ''}
      </div>

      {/* Only while printing; the print stylesheet shows it instead of the page (see print.css). */}
      {printing && (
        <section className="print-transcript" hidden>
          <p className="print-transcript__title">{meta?.title}</p>
          <Transcript lines={allLines} pageStarts={pageStarts(transcript)} />
        </section>
      )}

      {dialog === 'history' && (
        <TranscriptPanel
          title={meta?.title ?? ''}
          lines={allLines}
          pageStarts={pageStarts(transcript)}
          onClose={() => setDialog(null)}
          onPrint={() => window.print()}
        />
      )}
      {dialog === 'restart' && (
        <RestartDialog
          onCancel={() => setDialog(null)}
          onConfirm={restart}
        />
      )}
    </div>
  );
}
