import { useEffect, useRef, useState, type DragEvent } from 'react';
import { StoreProvider, useAppStore } from '../app/store-context';
import type { CompileMessage } from '../open/compile-ink';
import { formatCompileMessage, mainFile } from '../open/includes';
import { readPicked, storyName, type PickedFile } from '../open/read-story';
import { NO_CAST, type OpenedStory } from '../store/opened';
import { SceneScreen } from './SceneScreen';
import '../styles/open.css';

/** Where the page is: waiting for a file, compiling it, showing what went wrong, or playing it. */
type View =
  | { state: 'idle' }
  | { state: 'working'; name: string }
  | { state: 'failed'; title: string; message?: string; messages?: CompileMessage[] }
  | { state: 'playing'; story: OpenedStory; file: string };

const ACCEPT = '.ink,.json,.js';

/** The single file (build:single) carries no compiler: there only compiled stories open. */
const SINGLE_FILE = import.meta.env.MODE === 'single';

/** The compiler waits in a worker of its own: fetched only when a .ink file is picked. */
const compileInk = (files: { name: string; text: string }[]) => import('../open/compile-client').then((m) => m.compileInWorker(files));

/**
 * `#/apri`: any ink story played in the same player as the episodes — a .ink (compiled here, in a
 * worker; its INCLUDEs picked with it), a compiled .json, or an Inky web export's story .js.
 */
export function OpenScreen({ shellDialogOpen }: { shellDialogOpen: boolean }) {
  const store = useAppStore();
  const [view, setView] = useState<View>({ state: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const request = useRef(0);

  useEffect(() => {
    if (view.state !== 'playing') document.title = 'Apri una storia ink — Se Internet ha vinto';
  }, [view.state]);

  const open = async (list: FileList | File[]) => {
    const token = ++request.current;
    const files: PickedFile[] = await Promise.all([...list].map(async (f) => ({ name: f.webkitRelativePath || f.name, text: await f.text() })));
    const picked = readPicked(files);
    if (picked.kind === 'error') return setView({ state: 'failed', title: 'Questo file non si apre', message: picked.message });
    setView({ state: 'working', name: picked.kind === 'ink' ? picked.files[0].name : picked.name });
    let json: string;
    let file: string;
    if (picked.kind === 'ink') {
      let outcome;
      try {
        outcome = await compileInk(picked.files);
      } catch (e) {
        if (token !== request.current) return;
        return setView({
          state: 'failed',
          title: 'Il compilatore non si avvia',
          message: `In questo browser i file .ink non si possono compilare (${(e as Error).message}). Apri la storia già compilata: il .json che esporta Inky, o il file .js della sua esportazione web.`,
        });
      }
      if (token !== request.current) return;
      const errors = outcome.messages.filter((m) => m.severity === 'error');
      if (!outcome.json || errors.length) return setView({ state: 'failed', title: 'La storia ha degli errori', messages: errors });
      json = outcome.json;
      file = mainFile(picked.files)!.name;
    } else {
      json = picked.json;
      file = files[0].name;
    }
    // A story the ink runtime refuses (a newer ink version, a damaged file) is told here, not mid-reading.
    try {
      const { StoryRun } = await import('../engine/run');
      StoryRun.start(json, NO_CAST);
    } catch (e) {
      if (token !== request.current) return;
      return setView({ state: 'failed', title: 'Questa storia non si apre', message: `${file}: ${(e as Error).message}` });
    }
    if (token !== request.current) return;
    const story = store.getState().openStoryFile(file, json);
    setView({ state: 'playing', story, file });
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (e.dataTransfer.files.length) void open(e.dataTransfer.files);
  };

  if (view.state === 'playing') {
    return (
      <div className="open open--playing" data-screen="open">
        <div className="open__bar">
          <button type="button" className="button button--quiet button--small" onClick={() => setView({ state: 'idle' })}>
            ← Apri un altro file
          </button>
        </div>
        {/* A story from elsewhere has no cast: its lines are nobody's, not our author's or characters'. */}
        <StoreProvider store={store} cast={NO_CAST}>
          <SceneScreen
            key={view.story.id}
            slug={view.story.id}
            fromStart={false}
            shellDialogOpen={shellDialogOpen}
            opened={{ file: view.file, name: storyName(view.file) }}
          />
        </StoreProvider>
      </div>
    );
  }

  return (
    <div className="open" data-screen="open" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <header className="open__head">
        <p className="open__kicker">Il lettore, per ogni storia</p>
        <h1 className="open__title">Apri una storia ink</h1>
        <p className="open__lede">
          Qualunque storia scritta in <a href="https://www.inklestudios.com/ink/">ink</a>, con lo stesso lettore degli episodi: torna
          indietro, cronologia, impostazioni, e il punto in cui eri resta salvato in questo browser.
        </p>
      </header>

      <label
        className={`open__drop${dragging ? ' is-dragging' : ''}`}
        onDragEnter={() => setDragging(true)}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
      >
        <input
          ref={input}
          className="open__input"
          type="file"
          accept={ACCEPT}
          multiple
          onChange={(e) => {
            const files = e.currentTarget.files;
            if (files?.length) void open([...files]);
            e.currentTarget.value = ''; // the same file picked again opens again
          }}
        />
        <span className="open__drop-icon" aria-hidden="true">
          ⤓
        </span>
        <span className="open__drop-title">Trascina qui un file, oppure scegline uno</span>
        <span className="open__drop-types">
          <code>.ink</code> · <code>.json</code> compilato · <code>.js</code> dell'esportazione web di Inky
        </span>
        {SINGLE_FILE && (
          <span className="open__drop-types">
            In questa versione in un solo file i <code>.ink</code> non si compilano: apri il <code>.json</code> o il <code>.js</code> che
            esporta Inky.
          </span>
        )}
        <span className="button button--primary open__pick" aria-hidden="true">
          Scegli i file…
        </span>
      </label>

      <div className="open__status" role="status" aria-live="polite">
        {view.state === 'working' && <p className="open__working">Apro {view.name}…</p>}
      </div>

      {view.state === 'failed' && (
        <section className="open__errors" role="alert" aria-labelledby="open-errors-title">
          <h2 id="open-errors-title" className="open__errors-title">
            {view.title}
          </h2>
          {view.message && <p className="open__errors-text">{view.message}</p>}
          {view.messages && view.messages.length > 0 && (
            <ol className="open__messages">
              {view.messages.map((m, i) => (
                <li key={i}>
                  <code>{formatCompileMessage(m)}</code>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      <section className="open__notes" aria-labelledby="open-notes-title">
        <h2 id="open-notes-title" className="open__notes-title">
          Da sapere
        </h2>
        <ul>
          <li>
            Una storia divisa in più file (<code>INCLUDE</code>): scegli insieme il file principale e quelli che include.
          </li>
          <li>
            Riaprendo lo stesso file riprendi dal punto in cui eri; un file cambiato riparte dall'inizio.
          </li>
          <li>
            Valgono i tag di Inky: <code># CLEAR</code>, <code># RESTART</code>, <code># IMAGE</code>, <code># CLASS</code>,{' '}
            <code># BACKGROUND</code>, <code># author</code>; e <code>&lt;i&gt;</code>, <code>&lt;b&gt;</code>, <code>&lt;br&gt;</code> nel testo.
          </li>
          <li>Il file resta sul tuo dispositivo: non viene inviato a nessuno.</li>
        </ul>
      </section>
    </div>
  );
}
