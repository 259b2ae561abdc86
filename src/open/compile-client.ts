// Talks to the compiler worker: one worker for the page's life, one request at a time per id.
import type { CompileOutcome, SourceFile } from './compile-ink';
import type { CompileReply, CompileRequest } from './compile.worker';

type WorkerMaker = new () => Worker;

// The single file has no separate files to load: there the worker's code is inlined as a blob.
const loadWorker = (): Promise<{ default: WorkerMaker }> =>
  import.meta.env.MODE === 'single' ? import('./compile.worker.ts?worker&inline') : import('./compile.worker.ts?worker');

let worker: Promise<Worker> | null = null;
let requests = 0;

/** Whether this browser can run the compiler (a page without Web Workers cannot). */
export const canCompileInk = () => typeof Worker !== 'undefined';

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
