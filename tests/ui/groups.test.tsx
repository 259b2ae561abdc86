import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRoute } from '../../src/app/route';
import { HandsChart } from '../../src/components/HandsChart';
import { formatDuration } from '../../src/components/GroupsTable';
import { compareGroups } from '../../src/screens/compare-groups';
import { storageKeys } from '../../src/store/deps';
import { toCsv } from '../../src/store/workshop-export';
import type { Group } from '../../src/store/workshop-log';
import { renderApp } from '../helpers/render-app';

const SLUG = 'episodio-4';
const TAGS = ['title: Il caffè delle quattro', 'episode: 4'];
const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 26, 13, 0, 0);

const PERCHE = ['Perché costa troppo, dice lui', 'Perché «non serve»', 'Un motivo basta: andare avanti'];
const GROUPS: Group[] = [
  {
    id: 'g1',
    number: 1,
    startedAt: T0,
    endedAt: T0 + 40 * MIN,
    choices: [
      { at: T0 + 5 * MIN, section: 'Il parcheggio', point: 'inizio.0', options: ['Ascoltare', 'Andarsene'], chosen: 'Ascoltare', hands: { Ascoltare: 9, Andarsene: 3 } },
      { at: T0 + 20 * MIN, section: 'Il negozio', point: 'perche_no.0', options: PERCHE, chosen: PERCHE[1], hands: { [PERCHE[0]]: 2, [PERCHE[1]]: 8, [PERCHE[2]]: 1 } },
    ],
    sections: [
      { name: 'Il parcheggio', enteredAt: T0, leftAt: T0 + 12 * MIN },
      { name: 'Il negozio', enteredAt: T0 + 12 * MIN, leftAt: T0 + 40 * MIN },
    ],
    prompts: [{ text: 'Chi di voi usa ancora Facebook per il negozio?', shownAt: T0 + 8 * MIN, seconds: 90 }],
  },
  {
    id: 'g2',
    number: 2,
    startedAt: T0 + 60 * MIN,
    choices: [{ at: T0 + 64 * MIN, section: 'Il parcheggio', point: 'inizio.0', options: ['Ascoltare', 'Andarsene'], chosen: 'Andarsene' }],
    sections: [{ name: 'Il parcheggio', enteredAt: T0 + 60 * MIN }],
    prompts: [],
  },
];

function setup(initial: Record<string, string>) {
  return renderApp([{ slug: SLUG, tags: TAGS, load: async () => ({ default: '{}' }) }], initial, () => T0 + 70 * MIN);
}

const seeded = () => ({ [storageKeys.workshopLog(SLUG)]: JSON.stringify({ version: 1, groups: GROUPS }) });

function open(hash = `#/gruppi/${SLUG}`) {
  act(() => {
    window.location.hash = hash;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the groups view', () => {
  it('has a route of its own', () => {
    expect(parseRoute('#/gruppi/episodio-4')).toEqual({ name: 'groups', slug: 'episodio-4' });
  });

  it('compares the groups side by side: a column per group, a row per choice point, sections and prompts', async () => {
    setup(seeded());
    open();
    await screen.findByRole('heading', { level: 1, name: 'Gruppi a confronto' });
    const table = screen.getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Gruppo 1', 'Gruppo 2']);

    const rowOf = (name: RegExp | string) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    const cells = (row: HTMLElement) => within(row).getAllByRole('cell');
    expect(cells(rowOf('Durata')).map((c) => c.textContent)).toEqual(['40 min', '4 min in corso']);

    // The first choice point: both groups, group 1 with its show of hands, the chosen option marked.
    const first = cells(rowOf(/^Scelta 1/));
    expect(first.map((c) => c.querySelector('.groups-table__chosen')?.textContent)).toEqual(['Ascoltare', 'Andarsene']);
    const hands = within(first[0]).getByRole('list', { name: 'Alzate di mano, gruppo 1' });
    expect(within(hands).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Ascoltare ✓ scelta 9 mani', 'Andarsene 3 mani']);
    expect(within(first[1]).queryByRole('list')).toBeNull();

    // The second point only group 1 reached.
    const second = cells(rowOf(/^Scelta 2/));
    expect(second[1].textContent).toBe('—non raggiunta');
    expect(within(table).getByRole('rowheader', { name: /^Scelta 2/ }).textContent).toContain('Perché «non serve»');

    expect(cells(rowOf('Il parcheggio')).map((c) => c.textContent)).toEqual(['12 min', '4 min in corso']);
    expect(cells(rowOf('Il negozio')).map((c) => c.textContent)).toEqual(['28 min', '—non raggiunta']);
    expect(cells(rowOf('Chi di voi usa ancora Facebook per il negozio?'))[0].textContent).toMatch(/^\d\d:\d\d · per 1 min 30 s$/);
    // The title is set from an effect, which for a lazily loaded screen can run a moment after its commit.
    await waitFor(() => expect(document.title).toContain('Gruppi — Il caffè delle quattro'));
  });

  it('exports the log as CSV and JSON files', async () => {
    setup(seeded());
    open();
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:test/${blobs.length}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Esporta CSV' }));
    fireEvent.click(screen.getByRole('button', { name: 'Esporta JSON' }));
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^gruppi-episodio-4-\d{4}-\d\d-\d\d\.csv$/);
    expect(names[1]).toMatch(/\.json$/);
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    // The file starts with a byte-order mark (for spreadsheets), then the CSV itself.
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes.slice(3));
    expect(csv).toBe(toCsv(GROUPS));
    expect(csv.split('\r\n')[0]).toBe('gruppo,inizio gruppo,ora scelta,sezione,opzioni,scelta,mani alzate');
    expect(csv).toContain(',"Perché costa troppo, dice lui; Perché «non serve»; Un motivo basta: andare avanti",');
    const json = JSON.parse(await blobs[1].text());
    expect(json).toMatchObject({ episode: SLUG, title: 'Il caffè delle quattro', groups: GROUPS });
    expect(document.querySelector('a[download]')).toBeNull(); // the temporary link is gone
  });

  it('clears the log after asking; the home card links to the groups only while there is a log', async () => {
    const { storage } = setup(seeded());
    expect(screen.getByRole('link', { name: 'Gruppi' }).getAttribute('href')).toBe('#/gruppi/episodio-4');
    open();
    fireEvent.click(await screen.findByRole('button', { name: 'Svuota il registro' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Svuotare il registro?' });
    expect(dialog.textContent).toContain('2 gruppi registrati');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Svuota' }));
    expect(screen.getByText('Nessun gruppo registrato per questo episodio in questo browser.')).toBeTruthy();
    expect(storage.read(storageKeys.workshopLog(SLUG))).toBeNull();
    open('#/');
    await screen.findByRole('heading', { level: 2, name: 'Il caffè delle quattro' });
    expect(screen.queryByRole('link', { name: 'Gruppi' })).toBeNull();
  });

  it('shows a damaged log as a notice, not a crash; an unknown episode is not found', async () => {
    setup({ [storageKeys.workshopLog(SLUG)]: '{"version":1,"groups":[{"number":"uno"}]}' });
    open();
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toContain('danneggiato');
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(within(notice).getByRole('button', { name: 'Elimina il registro danneggiato' }));
    expect(screen.queryByRole('status')).toBeNull();
    open('#/gruppi/nessuno');
    expect(await screen.findByRole('heading', { level: 1, name: 'Episodio non trovato' })).toBeTruthy();
    open('#/gruppi/4');
    expect(await screen.findByRole('heading', { level: 1, name: 'Gruppi a confronto' })).toBeTruthy();
  });
});

describe('groups: parts', () => {
  it('lines up choice points across groups, also when one group took a detour', () => {
    const g = (number: number, points: string[]): Group => ({
      id: `g${number}`,
      number,
      startedAt: 0,
      choices: points.map((point, i) => ({ at: i, section: null, point, options: ['a', 'b'], chosen: 'a' })),
      sections: [],
      prompts: [],
    });
    const { choices } = compareGroups([g(1, ['A', 'C']), g(2, ['A', 'B', 'C']), g(3, ['A', 'A'])]);
    expect(choices.map((r) => [r.key, r.cells.map((c) => (c ? 1 : 0)).join('')])).toEqual([
      ['p:A#0', '111'],
      ['p:A#1', '001'],
      ['p:B#0', '010'],
      ['p:C#0', '110'],
    ]);
  });

  it('the hands chart: bars relative to the most hands, the chosen one marked in words', () => {
    render(<HandsChart options={[{ text: 'Sì', count: 4 }, { text: 'No', count: 1 }, { text: 'Forse', count: 0 }]} chosen="No" label="Mani" />);
    const list = screen.getByRole('list', { name: 'Mani' });
    const fills = Array.from(list.querySelectorAll<HTMLElement>('.hands__fill')).map((f) => f.style.inlineSize);
    expect(fills).toEqual(['100%', '25%', '0%']);
    expect(within(list).getAllByRole('listitem')[1].textContent).toBe('No ✓ scelta 1 mano');
  });

  it('formats durations for people', () => {
    expect([formatDuration(45_000), formatDuration(12 * MIN + 5_000), formatDuration(65 * MIN), formatDuration(-1)]).toEqual([
      '45 s',
      '12 min 5 s',
      '1 h 05 min',
      '0 s',
    ]);
  });
});
