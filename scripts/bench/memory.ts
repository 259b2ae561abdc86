// Memory retained by rewind history: one snapshot per choice, as StoryRun keeps them.
import { StoryRun } from '../../src/engine/run';
import type { Snapshot } from '../../src/engine/save';
import type { Cast } from '../../src/engine/types';

const gc = (globalThis as { gc?: () => void }).gc;

function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc!();
  return process.memoryUsage().heapUsed;
}

/** Real snapshots of an episode: play routes (always the first, then the last choice) and keep each rewind point. */
function realSnapshots(json: string, cast: Cast): Snapshot[] {
  const snapshots: Snapshot[] = [];
  for (const pick of [() => 0, (n: number) => n - 1]) {
    const run = StoryRun.start(json, cast, 'bench');
    for (run.readAll(); run.status === 'choose'; run.readAll()) run.choose(run.choices[pick(run.choices.length)].index);
    snapshots.push(...run.save(0).snapshots);
  }
  return snapshots;
}

/**
 * Bytes retained by `steps` rewind points of this episode. The episode's routes are shorter than
 * 1,000 choices, so its real snapshots are cycled, each kept as its own string as a long reading would.
 */
export function rewindMemory(json: string, cast: Cast, steps: number): { bytes: number; perStep: number; stateChars: number } | null {
  if (!gc) return null;
  const real = realSnapshots(json, cast);
  const before = heapAfterGc();
  const history: Snapshot[] = [];
  for (let i = 0; i < steps; i++) {
    const s = real[i % real.length];
    history.push({ state: JSON.parse(JSON.stringify(s.state)) as string, transcriptLength: s.transcriptLength + i });
  }
  const bytes = heapAfterGc() - before;
  const stateChars = real.reduce((n, s) => n + s.state.length, 0) / real.length;
  if (history.length !== steps) throw new Error('unreachable');
  return { bytes, perStep: bytes / steps, stateChars };
}
