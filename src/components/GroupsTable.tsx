import { Fragment, useId, type CSSProperties, type ReactNode } from 'react';
import { HandsChart, type HandsOption } from './HandsChart';

/** One group's column. */
export interface GroupColumn {
  id: string;
  number: number;
  startedAt: number;
  durationMs: number;
  /** Not ended yet (its duration runs to the last thing logged). */
  running: boolean;
}

/** A choice point as reached by the groups: `cells[i]` is column i's choice, null if it never got there. */
export interface ChoiceRow {
  key: string;
  section: string | null;
  options: readonly string[];
  cells: ({ chosen: string; hands: HandsOption[] | null } | null)[];
}

export interface SectionRow {
  name: string;
  cells: ({ ms: number; open: boolean } | null)[];
}

/** A prompt shown to the room: every time each group saw it (empty: never). */
export interface PromptRow {
  text: string;
  cells: { shownAt: number; seconds: number | null }[][];
}

export interface GroupsComparison {
  columns: GroupColumn[];
  choices: ChoiceRow[];
  sections: SectionRow[];
  prompts: PromptRow[];
}

interface Props {
  comparison: GroupsComparison;
  /** The table's caption (also names its scrolling region). */
  caption: string;
}

const dateTime = new Intl.DateTimeFormat('it-IT', { dateStyle: 'medium', timeStyle: 'short' });
const time = new Intl.DateTimeFormat('it-IT', { timeStyle: 'short' });

export const formatDateTime = (ms: number) => dateTime.format(ms);
export const formatTime = (ms: number) => time.format(ms);

/** `45 s`, `12 min 5 s`, `1 h 05 min`. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}

/** A cell for a group that has nothing here: a dash to the eye, words to a screen reader. */
function Missing({ label }: { label: string }) {
  return (
    <span className="groups-table__missing">
      <span aria-hidden="true">—</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

function Part({ title, span, children }: { title: string; span: number; children: ReactNode }) {
  return (
    <tbody className="groups-table__part">
      <tr>
        <th scope="rowgroup" colSpan={span} className="groups-table__part-title">
          <span>{title}</span>
        </th>
      </tr>
      {children}
    </tbody>
  );
}

/**
 * The groups of a workshop side by side: a column per group, rows for the run (start, duration), each
 * choice point (what each group chose, with its show of hands), the time per section and the prompts.
 * A real table with column and row headers; it scrolls sideways when the groups do not fit.
 */
export function GroupsTable({ comparison, caption }: Props) {
  const { columns, choices, sections, prompts } = comparison;
  const captionId = useId();
  const span = columns.length + 1;
  return (
    <div className="groups-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="groups-table" style={{ '--groups': columns.length } as CSSProperties}>
        <caption id={captionId} className="groups-table__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <td className="groups-table__corner" />
            {columns.map((c) => (
              <th key={c.id} scope="col" className="groups-table__group">
                Gruppo {c.number}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="groups-table__summary">
          <tr>
            <th scope="row">Inizio</th>
            {columns.map((c) => (
              <td key={c.id}>
                <time dateTime={new Date(c.startedAt).toISOString()}>{formatDateTime(c.startedAt)}</time>
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Durata</th>
            {columns.map((c) => (
              <td key={c.id}>
                {formatDuration(c.durationMs)}
                {c.running && <> <span className="groups-table__running">in corso</span></>}
              </td>
            ))}
          </tr>
        </tbody>

        {choices.length > 0 && (
          <Part title="Scelte" span={span}>
            {choices.map((row, r) => (
              <tr key={row.key}>
                <th scope="row" className="groups-table__point">
                  <span className="groups-table__point-n">Scelta {r + 1}</span>
                  {row.section && <span className="groups-table__point-section">{row.section}</span>}
                  <span className="groups-table__options">
                    <span className="sr-only">Opzioni: </span>
                    {row.options.map((o, i) => (
                      <Fragment key={i}>
                        {i > 0 && <span aria-hidden="true"> · </span>}
                        <span className="groups-table__option">{o}</span>
                        {i < row.options.length - 1 && <span className="sr-only">;</span>}
                      </Fragment>
                    ))}
                  </span>
                </th>
                {row.cells.map((cell, i) =>
                  cell ? (
                    <td key={columns[i].id}>
                      <p className="groups-table__chosen">{cell.chosen}</p>
                      {cell.hands && (
                        <HandsChart
                          className="groups-table__hands"
                          options={cell.hands}
                          chosen={cell.chosen}
                          label={`Alzate di mano, gruppo ${columns[i].number}`}
                        />
                      )}
                    </td>
                  ) : (
                    <td key={columns[i].id}>
                      <Missing label="non raggiunta" />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </Part>
        )}

        {sections.length > 0 && (
          <Part title="Tempo per sezione" span={span}>
            {sections.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.name}</th>
                {row.cells.map((cell, i) => (
                  <td key={columns[i].id} className="groups-table__number">
                    {cell ? (
                      <>
                        {formatDuration(cell.ms)}
                        {cell.open && <> <span className="groups-table__running">in corso</span></>}
                      </>
                    ) : (
                      <Missing label="non raggiunta" />
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </Part>
        )}

        {prompts.length > 0 && (
          <Part title="Domande mostrate" span={span}>
            {prompts.map((row) => (
              <tr key={row.text}>
                <th scope="row" className="groups-table__prompt">
                  {row.text}
                </th>
                {row.cells.map((shown, i) => (
                  <td key={columns[i].id} className="groups-table__number">
                    {shown.length === 0 ? (
                      <Missing label="non mostrata" />
                    ) : (
                      shown.map((p, k) => (
                        <span key={k} className="groups-table__shown">
                          <time dateTime={new Date(p.shownAt).toISOString()}>{formatTime(p.shownAt)}</time>
                          {p.seconds !== null && <span className="groups-table__seconds"> · per {formatDuration(p.seconds * 1000)}</span>}
                        </span>
                      ))
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </Part>
        )}
      </table>
    </div>
  );
}
