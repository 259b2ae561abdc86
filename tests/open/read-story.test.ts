// What the open page makes of picked files: an Inky web export read as JSON text, .json checked, .ink sorted.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainFile } from '../../src/open/includes';
import { checkStoryJson, readInkyExport, readPicked } from '../../src/open/read-story';

const FIXTURES = path.resolve(__dirname, '../fixtures/open');
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

describe('reading picked files', () => {
  it("reads the story out of Inky's web export (story.js) without running it", () => {
    const picked = readPicked([{ name: 'il-faro.js', text: read('il-faro.js') }]);
    expect(picked.kind).toBe('json');
    if (picked.kind !== 'json') return;
    expect(picked.name).toBe('il-faro');
    expect(JSON.parse(picked.json)).toMatchObject({ inkVersion: 21 });
  });

  it('an export with code around it is still read as data; a script that is not one is refused', () => {
    const story = '{"inkVersion":21,"root":[["^Ciao","\\n",["done",{"#n":"g-0"}],null],"done",null],"listDefs":{}}';
    expect(readInkyExport(`// Inky\nvar storyContent = ${story};\n`, 's.js')).toEqual({ json: story });
    (globalThis as { hacked?: boolean }).hacked = false;
    const evil = readInkyExport('globalThis.hacked = true; var storyContent = {"inkVersion": 21, "root": [globalThis.hacked = true]};', 'x.js');
    expect(evil).toMatchObject({ error: expect.stringContaining('non è JSON valido') });
    expect((globalThis as { hacked?: boolean }).hacked).toBe(false);
    expect(readInkyExport('console.log("ciao")', 'main.js')).toMatchObject({ error: expect.stringContaining('var storyContent') });
  });

  it('a .json must be compiled ink', () => {
    expect(checkStoryJson('{"a":1}', 'dati.json')).toMatchObject({ error: expect.stringContaining('inkVersion') });
    expect(checkStoryJson('{nope', 'rotto.json')).toMatchObject({ error: expect.stringContaining('rotto.json: non è JSON valido') });
    expect(readPicked([{ name: 'storia.twee', text: '' }])).toMatchObject({ kind: 'error', message: expect.stringContaining('.ink, .json') });
  });

  it('several .ink files go together; the main one is the file no other includes', () => {
    const files = [
      { name: 'secondo.ink', text: read('secondo.ink') },
      { name: 'principale.ink', text: read('principale.ink') },
    ];
    const picked = readPicked(files);
    expect(picked.kind).toBe('ink');
    expect(mainFile(files)?.name).toBe('principale.ink');
    expect(readPicked([...files, { name: 'x.json', text: '{}' }])).toMatchObject({ kind: 'error' });
  });
});
