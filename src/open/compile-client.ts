// Talks to the compiler worker: one worker for the page's life, one request at a time per id.
import type { CompileOutcome, SourceFile } from './compile-ink';
import type { CompileReply, CompileRequest } from './compile.worker';

type WorkerMaker = new () => Worker;

/**
 * The single file (build:single) leaves the compiler out: inlined, it would make every reader of that
 * file download it. There the open page takes compiled stories (.json, Inky's .js) only.
 */
export const SINGLE_FILE = import.meta.env.MODE === 'single';

const loadWorker = (): Promise<{ default: WorkerMaker }> =>
  SINGLE_FILE
    ? Promise.reject(new Error('questa versione in un solo file non contiene il compilatore'))
    : import('./compile.worker.ts?worker');

let worker: Promise<Worker> | null = null;
let requests = 0;

/** Whether .ink files can be compiled here: not in the single file, nor in a browser without Web Workers. */
export const canCompileInk = () => !SINGLE_FILE && typeof Worker !== 'undefined';

/** Compiles picked .ink files in the worker; rejects only when the worker itself cannot run. */
export function compileInWorker(files: SourceFile[]): Promise<CompileOutcome> {
  worker ??= loadWorker().then((m) => new m.default());
  const id = ++requests;
  return worker.then(
    (w) =>
      new Promise<CompileOutcome>((resolve, reject) => {
        const onMessage = (event: MessageEvent<CompileReply>) => {
          if (event.data.id !== id) return;
          done();
          resolve({ json: event.data.json, messages: event.data.messages });
        };
        const onError = (event: ErrorEvent) => {
          done();
          worker = null; // a broken worker is not reused
          reject(new Error(event.message || 'il compilatore non si è avviato'));
        };
        const done = () => {
          w.removeEventListener('message', onMessage);
          w.removeEventListener('error', onError);
        };
        w.addEventListener('message', onMessage);
        w.addEventListener('error', onError);
        w.postMessage({ id, files } satisfies CompileRequest);
      }),
  );
}
