import { describe, expect, it } from 'vitest';
import { pathSegments, safePathResolver } from '../../src/ruleset/path';

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
