import { describe, expect, it } from 'vitest';
import { adminUnitRecord, parseLines, UnitsFileError } from '@/lib/domain/admin-units-file';

const good = '{"code": "70", "name": "Bình Phước", "fullName": "Tỉnh Bình Phước", "type": "tỉnh", "level": 1, "parentCode": null}';

describe('parseLines', () => {
  it('reads one record per line inside a JSON array', () => {
    const rows = parseLines(`[\n${good},\n${good.replace('"70"', '"75"')}\n]\n`, 'x.json', adminUnitRecord);
    expect(rows.map((r) => r.code)).toEqual(['70', '75']);
  });

  it('names the line of broken JSON', () => {
    const text = `[\n${good},\n{"code": "71", "name": \n]`;
    expect(() => parseLines(text, 'units.json', adminUnitRecord)).toThrow(UnitsFileError);
    expect(() => parseLines(text, 'units.json', adminUnitRecord)).toThrow(/units\.json, dòng 3/);
  });

  it('names the line and field of an invalid record', () => {
    const bad = good.replace('"70"', '"7A"');
    expect(() => parseLines(`[\n${good},\n${good},\n${bad}\n]`, 'u.json', adminUnitRecord)).toThrow(/dòng 4: code/);
  });

  it('normalises names to NFC', () => {
    const decomposed = good.replace('Bình Phước', 'Bình Phước'.normalize('NFD'));
    const [row] = parseLines(decomposed, 'u.json', adminUnitRecord);
    expect(row?.name).toBe('Bình Phước'.normalize('NFC'));
  });
});
