// How the bench prints: rows of ours against the export with their ratio, and budget rows with ✓/✗.
import { stats } from './browser';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
export const ms = (v: number) => `${v.toFixed(1)} ms`;
export const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);
const x = (r: number) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : '—');

/** A timing row: median / p95 of each side, the ratio of medians and of p95s. */
export function timingRow(label: string, ours: number[], theirs: number[]): { median: number; p95: number } {
  const o = stats(ours);
  const t = stats(theirs);
  const r = { median: ratio(o.median, t.median), p95: ratio(o.p95, t.p95) };
  console.log(`${label}: ours ${ms(o.median)} / ${ms(o.p95)}   export ${ms(t.median)} / ${ms(t.p95)}   ratio ${x(r.median)} (p95 ${x(r.p95)})   n=${o.n}/${t.n}`);
  return r;
}

/** A size row: medians of each side and their ratio. */
export function sizeRow(label: string, ours: number[], theirs: number[], unit: (v: number) => string = kb): { ours: number; ratio: number } {
  const o = stats(ours).median;
  const t = stats(theirs).median;
  console.log(`${label}: ours ${unit(o)}   export ${unit(t)}   ratio ${x(ratio(o, t))}`);
  return { ours: o, ratio: ratio(o, t) };
}

export interface Budget {
  label: string;
  /** What was measured, printed as is. */
  value: string;
  /** null: not measured in this run. */
  met: boolean | null;
  note?: string;
}

export function printBudgets(budgets: Budget[]): void {
  for (const b of budgets) {
    const mark = b.met === null ? '–' : b.met ? '✓' : '✗';
    console.log(`${mark} ${b.label}: ${b.value}${b.note ? `   ${b.note}` : ''}`);
  }
}

export const times = x;
