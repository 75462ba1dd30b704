import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseAsOf } from '../../src/node/as-of';
import { jsonFilesUnder } from '../../src/node/json-files';

// The policies the CLI, the bulk mode and the server share, each decided in one function.
describe('the date an evaluation decides on', () => {
  const counted = () => {
    const calls = { today: 0 };
    return { calls, today: () => ((calls.today += 1), '2025-06-15') };
  };

  it('is the option’s, else the profile’s own (left for evaluate to read), else today — and the clock is read only then', () => {
    const { calls, today } = counted();
    expect(chooseAsOf('2024-01-10', { asOf: '2023-05-05' }, today)).toEqual({ asOf: '2024-01-10', isToday: false });
    expect(chooseAsOf(undefined, { asOf: '2023-05-05' }, today)).toEqual({ isToday: false });
    expect(calls.today).toBe(0);
    expect(chooseAsOf(undefined, { person: {} }, today)).toEqual({ asOf: '2025-06-15', isToday: true });
    expect(chooseAsOf(undefined, { asOf: undefined }, today)).toEqual({ asOf: '2025-06-15', isToday: true });
    expect(calls.today).toBe(2);
  });

  it('an invalid asOf of the profile is the profile’s own: evaluate reports it, today does not hide it', () => {
    expect(chooseAsOf(undefined, { asOf: 'xx' }, () => '2025-06-15')).toEqual({ isToday: false });
  });
});

describe('the JSON files of a folder', () => {
  it('are every *.json under it, in the folders under it too, sorted, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'json-files-'));
    mkdirSync(join(dir, 'b', 'c'), { recursive: true });
    for (const name of ['z.json', 'a.json', 'notes.txt', join('b', 'y.json'), join('b', 'c', 'x.json'), join('b', 'c', 'x.json.bak')]) {
      writeFileSync(join(dir, name), '{}');
    }
    const relative = jsonFilesUnder(dir).map((p) => p.slice(dir.length + 1));
    expect(relative).toEqual(['a.json', join('b', 'c', 'x.json'), join('b', 'y.json'), 'z.json']);
  });

  it('a folder that does not exist throws, for the caller to say so', () => {
    expect(() => jsonFilesUnder(join(tmpdir(), 'no-such-folder-of-rules'))).toThrow(/ENOENT/);
  });
});
