import { describe, expect, it } from 'vitest';
import { pathSegments, safePathResolver } from '../../src/language/path';

describe('the safe path resolver', () => {
  it('walks own properties along a dot path, with or without a leading $.', () => {
    const value = { residency: { status: 'citizen' }, list: ['a', 'b'] };
    expect(safePathResolver(value, 'residency.status')).toBe('citizen');
    expect(safePathResolver(value, '$.residency.status')).toBe('citizen');
    expect(safePathResolver(value, 'list.1')).toBe('b');
    expect(safePathResolver(value, 'residency.missing')).toBeUndefined();
  });

  it('never reaches a prototype or runs a filter expression', () => {
    const value = { a: {} };
    expect(safePathResolver(value, 'a.constructor')).toBeUndefined();
    expect(safePathResolver(value, '__proto__')).toBeUndefined();
    expect(safePathResolver(value, 'a.toString')).toBeUndefined();
    expect(pathSegments('$..[?(@.constructor.constructor("return process")())]')).toBeNull();
    expect(pathSegments('a.prototype')).toBeNull();
    expect(pathSegments('a[0]')).toBeNull();
  });
});

describe('path edges', () => {
  it('a segment is letters, digits and _ only, from its first character to its last', () => {
    expect(pathSegments('a-b.c')).toBeNull();
    expect(pathSegments('a.b-')).toBeNull();
    expect(pathSegments(' a')).toBeNull();
    expect(pathSegments('a..b')).toBeNull();
    expect(pathSegments('visit.specialist_2')).toEqual(['visit', 'specialist_2']);
  });

  it('nothing is read through null or through a string', () => {
    expect(safePathResolver({ a: null }, 'a.b')).toBeUndefined();
    expect(safePathResolver({ a: 'text' }, 'a.length')).toBeUndefined();
    expect(safePathResolver({ a: 5 }, 'a.toFixed')).toBeUndefined();
  });
});
