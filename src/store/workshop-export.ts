// The workshop log as files to take away: CSV (one row per group × choice, for a spreadsheet) and
// JSON (the whole log). Pure functions; the download itself is the screen's business.
import { WORKSHOP_LOG_VERSION, type Group } from './workshop-log';

/** The CSV's header row, in the order of the columns. */
export const CSV_COLUMNS = ['gruppo', 'inizio gruppo', 'ora scelta', 'sezione', 'opzioni', 'scelta', 'mani alzate'] as const;

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** `2026-11-26T14:05:09+01:00`: local time with its offset, readable and exact. */
export function localIso(ms: number): string {
  const d = new Date(ms);
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

/** `option: n; option: n` in the order the options were offered (options without a count left out). */
export function handsText(options: readonly string[], hands: Record<string, number> | undefined): string {
  if (!hands) return '';
  return options.filter((o) => Object.hasOwn(hands, o)).map((o) => `${o}: ${hands[o]}`).join('; ');
}

/**
 * The log as CSV: a header row, then one row per group × choice in the order they were made (a group
 * that made no choice still has a row). Lines end with CRLF, as RFC 4180 asks.
 */
export function toCsv(groups: readonly Group[]): string {
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  for (const group of groups) {
    const started = localIso(group.startedAt);
    if (group.choices.length === 0) rows.push([group.number, started, '', '', '', '', '']);
    for (const c of group.choices) {
      rows.push([group.number, started, localIso(c.at), c.section ?? '', c.options.join('; '), c.chosen, handsText(c.options, c.hands)]);
    }
  }
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** The whole log as JSON, with what it is and where it comes from. */
export function toJson(slug: string, groups: readonly Group[], exportedAt: number, title = ''): string {
  return `${JSON.stringify(
    { format: 'sihv-workshop-log', version: WORKSHOP_LOG_VERSION, episode: slug, title, exportedAt: localIso(exportedAt), groups },
    null,
    2,
  )}\n`;
}

/** `gruppi-episodio-4-2026-11-26.csv` */
export function exportFileName(slug: string, extension: 'csv' | 'json', now: number): string {
  return `gruppi-${slug}-${localIso(now).slice(0, 10)}.${extension}`;
}
