// The open page's compiler: inkjs/full runs here, off the main thread, and only on that page.
import { compileInk, type CompileOutcome, type SourceFile } from './compile-ink';

export interface CompileRequest {
  id: number;
  files: SourceFile[];
}

export interface CompileReply extends CompileOutcome {
  id: number;
}

self.onmessage = (event: MessageEvent<CompileRequest>) => {
  const { id, files } = event.data;
  const reply: CompileReply = { id, ...compileInk(files) };
  self.postMessage(reply);
};
