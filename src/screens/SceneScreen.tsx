import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Command } from '../app/keymap';
import { episodeHref, homeHref, navigate, replaceHash, startPresenting } from '../app/route';
import { useApp, useAppStore, useCast } from '../app/store-context';
import type { NoticeKind } from '../store';
import type { OtherEnding } from '../engine/other-ending';
import { PageControls } from './PageControls';
import { LiveLine, PageLines } from './PageLines';
import { EndPanel } from '../components/EndPanel';
import { ErrorPanel } from '../components/ErrorPanel';
import type { NoticeAction } from '../components/Notice';
import { Notice, RestartDialog, TranscriptPanel } from '../components/on-demand';
import { Stage } from '../components/Stage';
import { Transcript } from '../components/Transcript';
import { SceneToolbar } from '../components/SceneToolbar';
import { afterPaint } from '../components/after-paint';
import { pageStarts, reducedMotion, toLines } from './lines';
import { useKeyCommands } from './use-key-commands';
import { SceneRoot } from './SceneRoot';
import { useSceneInTransition } from './use-scene-in-transition';
import { usePrinting } from './use-printing';
import { useStageFigures } from './use-stage-figures';

interface Props {
  slug: string;
  /** Open at the first line (the home page's "Ricomincia"). */
  fromStart: boolean;
  /** A dialog of the app shell (settings, shortcuts) is open: auto-advance waits. */
  shellDialogOpen: boolean;
  /** A story from elsewhere, picked on the open page: its file is named where an episode has its number. */
  opened?: { file: string; name: string };
}

/** One episode being read: the stage, the page of lines, choices, and the reader's controls. */
export function SceneScreen({ slug, fromStart, shellDialogOpen, opened }: Props) {
  const store = useAppStore();
  const cast = useCast();
  // The chrome follows the store in a transition; the lines themselves commit at once (PageLines).
  const scene = useSceneInTransition(store, slug);
  const settings = useApp(useShallow((s) => s.settings));
  const [dialog, setDialog] = useState<'history' | 'restart' | null>(null);
  const continueRef = useRef<HTMLButtonElement>(null);
  const choicesRef = useRef<HTMLDivElement>(null);
  const pageEnd = useRef<HTMLDivElement>(null);
  const printing = usePrinting();

  useEffect(() => {
    let live = true;
    const { openEpisode, retainEpisode } = store.getState();
    // Mounted again at once (React's StrictMode, in development): the episode was not closed.
    retainEpisode(slug);
    const open = store.getState().scene;
    // Already open: src/main.tsx opened it before the first render (the page was pre-painted).
    const opened = open?.slug === slug && open.phase !== 'loading' ? Promise.resolve() : openEpisode(slug, fromStart);
    void opened.then(() => {
      if (live && fromStart) replaceHash(episodeHref(slug)); // reloading must resume, not restart again
    });
    return () => {
      live = false;
      store.getState().releaseEpisode(slug);
    };
  }, [store, slug, fromStart]);

  const ready = scene !== null && scene.phase !== 'loading';
  const stage = scene?.stage;
  const phase = scene?.phase ?? 'loading';
  const paused = dialog !== null || shellDialogOpen;

  // Auto-advance waits while a dialog covers the page (the rule itself lives in the store).
  useEffect(() => {
    store.getState().setSuspended(paused);
  }, [store, paused]);

  const pageLines = useMemo(() => toLines(scene?.page ?? [], cast), [scene?.page, cast]);
  const latest = pageLines[pageLines.length - 1];
  const lastId = scene ? scene.beats - 1 : -1;
  // The store's scene as it is now (the chrome's copy may be a transition behind it).
  const current = () => {
    const now = store.getState().scene;
    return now?.slug === slug ? now : null;
  };

  const next = () => store.getState().advance();
  const chooseNumber = (n: number) => {
    const choice = current()?.choices[n - 1];
    if (choice) store.getState().choose(choice.index, 'key');
  };
  const pageActions = useMemo(
    () => ({ next: () => store.getState().advance(), choose: (i: number, via: 'key' | 'pointer') => store.getState().choose(i, via) }),
    [store],
  );
  // Stable, so the (memoised) toolbar renders only when what it shows changes.
  const toolbarActions = useMemo(
    () => ({
      onBackLine: () => store.getState().backLine(),
      onBack: () => store.getState().back(),
      onHistory: () => setDialog('history'),
      onRestart: () => setDialog('restart'),
      onToggleAuto: () => store.getState().updateSettings({ autoAdvance: !store.getState().settings.autoAdvance }),
      onPresent: () => startPresenting(slug),
    }),
    [store, slug],
  );
  const back = () => store.getState().back();
  const backLine = () => store.getState().backLine();
  const restart = () => {
    setDialog(null);
    store.getState().restart();
  };

  useKeyCommands((command: Command) => {
    const now = current();
    if (!now || now.phase === 'loading') return false;
    switch (command.type) {
      case 'next':
        next();
        return true;
      case 'back':
        back();
        return true;
      case 'back-line':
        backLine();
        return true;
      case 'choose':
        chooseNumber(command.number);
        return now.phase === 'choosing';
      case 'history':
        setDialog('history');
        return true;
      case 'restart':
        setDialog('restart');
        return true;
      case 'auto':
        store.getState().updateSettings({ autoAdvance: !settings.autoAdvance });
        return true;
      case 'present':
        startPresenting(slug);
        return true;
      default:
        return false;
    }
  });

  // Once the frame is painted (never inside the commit or before the paint, where either would force a
  // layout): keep the newest line in view, and never leave focus on nothing (the choices' group, not its
  // first button, so Enter held to read on can never pick a choice).
  const choicesReady = scene?.choicesReady ?? false;
  useEffect(() => {
    if (!ready) return;
    return afterPaint(() => {
      // Focus on nothing, or still on controls just used (hidden now, on their way out: see `useLeaving`).
      const active = document.activeElement;
      if ((active === document.body || active === null || active.closest('[hidden]')) && !dialog) {
        (continueRef.current ?? choicesRef.current)?.focus({ preventScroll: true });
      }
      pageEnd.current?.scrollIntoView?.({ block: 'nearest', behavior: reducedMotion(settings.motion) ? 'auto' : 'smooth' });
    });
  }, [ready, lastId, phase, choicesReady, dialog, settings.motion]);

  useEffect(() => {
    if (scene?.meta.title) document.title = `${scene.meta.title} — Se Internet ha vinto`;
  }, [scene?.meta.title]);

  const figures = useStageFigures(stage ?? null, cast);

  // Once ended: the ending this reading did not reach, and the choice that decides it (worked out in the store).
  const [other, setOther] = useState<OtherEnding | null>(null);
  useEffect(() => {
    setOther(null);
    if (phase !== 'ended') return;
    let live = true;
    void store.getState().otherEnding().then((found) => live && setOther(found));
    return () => {
      live = false;
    };
  }, [store, phase, lastId]);

  const noticeActions = (kind: NoticeKind): NoticeAction[] => {
    const { dismissNotice, followOtherTab, keepThisTab } = store.getState();
    if (kind === 'other-tab') {
      return [
        { label: "Vai al punto dell'altra scheda", onClick: followOtherTab, primary: true },
        { label: 'Continua da qui', onClick: keepThisTab },
      ];
    }
    const close = { label: 'Chiudi', onClick: dismissNotice };
    return kind.startsWith('save-') ? [{ label: "Ricomincia l'episodio", onClick: restart, primary: true }, close] : [close];
  };

  // The whole run, read from the store only while the history is open or the page is printing.
  const history = useMemo(
    () => (dialog === 'history' || printing ? store.getState().transcript() : null),
    [store, dialog, printing],
  );
  const historyLines = useMemo(() => (history ? toLines(history, cast) : []), [history, cast]);

  if (scene?.phase === 'failed') {
    return (
      <SceneRoot className="scene scene--failed" slug={slug}>
        <ErrorPanel
          message={scene.error ?? 'Errore sconosciuto'}
          lastLine={scene.lastLine && 'text' in scene.lastLine ? scene.lastLine.text : undefined}
          onHome={() => navigate(homeHref)}
          onRestart={scene.beats ? restart : undefined}
          onBack={scene.depth > 0 ? back : undefined}
        />
      </SceneRoot>
    );
  }

  const meta = scene?.meta;
  return (
    // data-phase, data-beats, data-choices and data-held let the browser tests (and the bench) wait for
    // the story to move, whatever the wording: `SceneRoot` writes them in the commit of the step.
    <SceneRoot className="scene" slug={slug}>
      <div className="scene__stage-col">
        <Stage
          figures={figures}
          speaker={stage?.speaker ?? null}
          narrating={latest?.kind === 'narration'}
          scene={stage?.scene ?? ''}
          time={meta?.time ?? ''}
          image={stage?.image ?? null}
          background={stage?.background ?? null}
        />
      </div>

      <div className="scene__read-col">
        {/* The title card: the serial, the episode's number, its title and when it happens. */}
        <header className="scene__head title-card">
          <p className="title-card__serial">{opened ? 'Storia aperta' : 'Se Internet ha vinto'}</p>
          <p className="scene__kicker title-card__number">{opened ? opened.file : meta?.episode ? `Episodio ${meta.episode}` : 'Episodio'}</p>
          <h1 className="scene__title">{meta?.title || opened?.name || slug}</h1>
          {/* `# author:` (Inky's AUTHOR): the byline, as Inky's web export shows it. */}
          {meta?.author && <p className="title-card__byline">di {meta.author}</p>}
          {meta?.time && <p className="title-card__time">{meta.time}</p>}
        </header>

        {scene?.notice && <Notice message={scene.notice.message} actions={noticeActions(scene.notice.kind)} />}

        <section
          className="page"
          aria-labelledby="page-title"
          onClick={(e) => {
            // A tap on the text moves on; taps on controls and text selections do not.
            if ((e.target as HTMLElement).closest('button, a, input, label')) return;
            if (window.getSelection()?.toString()) return;
            if (current()?.phase === 'reading') next();
          }}
        >
          <h2 id="page-title" className="sr-only">
            Dialogo
          </h2>
          {!ready && <p className="page__loading">Sto aprendo l'episodio…</p>}
          {(scene?.pageHidden ?? 0) > 0 && (
            <button type="button" className="page__earlier" onClick={() => setDialog('history')}>
              {scene!.pageHidden} righe prima di queste: apri la cronologia
            </button>
          )}
          <PageLines slug={slug} typewriter={settings.reveal === 'typewriter'} />

          <PageControls
            slug={slug}
            typewriter={settings.reveal === 'typewriter'}
            onNext={pageActions.next}
            onChoose={pageActions.choose}
            continueRef={continueRef}
            choicesRef={choicesRef}
          />
          {phase === 'ended' && scene && (
            <EndPanel
              ending={scene.ending}
              other={other?.ending ?? null}
              onOther={other ? () => store.getState().returnTo(other.beats) : undefined}
              next={store.getState().nextEpisode(slug)}
              canGoBack={scene.depth > 0}
              onBack={back}
              onRestart={() => setDialog('restart')}
              onHistory={() => setDialog('history')}
              homeHref={homeHref}
              episodeHref={episodeHref}
            />
          )}
          <div ref={pageEnd} className="page__end" />
        </section>
      </div>

      <SceneToolbar
        canStepBack={scene?.canStepBack ?? false}
        canGoBack={(scene?.depth ?? 0) > 0}
        autoAdvance={settings.autoAdvance}
        {...toolbarActions}
      />

      <LiveLine slug={slug} />

      {/* Only while printing; the print stylesheet shows it instead of the page (see print.css). */}
      {printing && (
        <section className="print-transcript" hidden>
          <p className="print-transcript__title">{meta?.title}</p>
          <Transcript lines={historyLines} pageStarts={pageStarts(history ?? [])} />
        </section>
      )}

      {dialog === 'history' && (
        <TranscriptPanel
          title={meta?.title ?? ''}
          lines={historyLines}
          pageStarts={pageStarts(history ?? [])}
          onReturn={(beats) => {
            setDialog(null);
            store.getState().returnTo(beats);
          }}
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
    </SceneRoot>
  );
}
