import { describe, expect, it } from 'vitest';
import { csvField, exportFileName, handsText, localIso, toCsv, toJson } from '../../src/store/workshop-export';
import type { Group } from '../../src/store/workshop-log';

/** A small RFC 4180 reader, to check that what we write reads back as the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

const OPTIONS = ['«Sì», disse: "basta"', 'No, grazie', 'Ci penso\nsu'];
const groups: Group[] = [
  {
    id: 'g1',
    number: 1,
    startedAt: Date.UTC(2026, 10, 26, 13, 5, 0),
    endedAt: Date.UTC(2026, 10, 26, 13, 40, 0),
    choices: [
      { at: Date.UTC(2026, 10, 26, 13, 10, 0), section: 'Il negozio, di sera', options: OPTIONS, chosen: OPTIONS[0], hands: { [OPTIONS[0]]: 7, [OPTIONS[2]]: 2 } },
      { at: Date.UTC(2026, 10, 26, 13, 20, 0), section: null, options: ['A', 'B'], chosen: 'B' },
    ],
    sections: [],
    prompts: [],
  },
  { id: 'g2', number: 2, startedAt: Date.UTC(2026, 10, 26, 14, 0, 0), choices: [], sections: [], prompts: [] },
];

describe('workshop export', () => {
  it('quotes CSV fields only when RFC 4180 needs it, doubling quotes', () => {
    expect(csvField('semplice')).toBe('semplice');
    expect(csvField(3)).toBe('3');
    expect(csvField('uno, due')).toBe('"uno, due"');
    expect(csvField('disse "basta"')).toBe('"disse ""basta"""');
    expect(csvField('riga\nnuova')).toBe('"riga\nnuova"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(' spazio')).toBe('" spazio"');
    expect(csvField('perché è così')).toBe('perché è così');
  });

  it('writes a header and one row per group × choice, CRLF line ends, that read back field for field', () => {
    const csv = toCsv(groups);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(['gruppo', 'inizio gruppo', 'ora scelta', 'sezione', 'opzioni', 'scelta', 'mani alzate']);
    expect(rows[1]).toEqual([
      '1',
      localIso(groups[0].startedAt),
      localIso(groups[0].choices[0].at),
      'Il negozio, di sera',
      '«Sì», disse: "basta"; No, grazie; Ci penso\nsu',
      '«Sì», disse: "basta"',
      '«Sì», disse: "basta": 7; Ci penso\nsu: 2',
    ]);
    expect(rows[2]).toEqual(['1', localIso(groups[0].startedAt), localIso(groups[0].choices[1].at), '', 'A; B', 'B', '']);
    expect(rows[3]).toEqual(['2', localIso(groups[1].startedAt), '', '', '', '', '']); // no choices yet: still a row
    expect(rows.every((r) => r.length === 7)).toBe(true);
  });

  it('gives local times with their offset that mean the same instant', () => {
    const at = Date.UTC(2026, 6, 1, 9, 30, 15);
    expect(localIso(at)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(Date.parse(localIso(at))).toBe(at);
    expect(exportFileName('episodio-4', 'csv', at)).toBe(`gruppi-episodio-4-${localIso(at).slice(0, 10)}.csv`);
  });

  it('hands in the order offered; JSON carries the whole log and reads back', () => {
    expect(handsText(['a', 'b', 'c'], { c: 1, a: 0 })).toBe('a: 0; c: 1');
    expect(handsText(['a'], undefined)).toBe('');
    const json = JSON.parse(toJson('episodio-4', groups, groups[0].startedAt, 'Episodio 4'));
    expect(json).toMatchObject({ format: 'sihv-workshop-log', version: 1, episode: 'episodio-4', title: 'Episodio 4' });
    expect(json.groups).toEqual(groups);
  });
});
