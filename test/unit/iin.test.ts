import { describe, expect, it } from 'vitest';
import { isValidIin } from '../../src/profile/iin';

describe('the IIN checksum', () => {
  it('900412300127 is valid: 9·1+4·4+1·5+2·6+3·7+1·10+2·11 = 95, 95 mod 11 = 7', () => {
    expect(isValidIin('900412300127')).toBe(true);
  });

  it('a changed check digit is invalid', () => {
    expect(isValidIin('900412300128')).toBe(false);
  });

  it('when the first remainder is 10 the second weights decide: 000000000101 (10 → 1·1 = 1)', () => {
    expect(isValidIin('000000000101')).toBe(true);
    expect(isValidIin('000000000100')).toBe(false);
  });

  it('when both remainders are 10 the number is invalid whatever the last digit (5·1+6·10 = 65 ≡ 10, 5·3+6·1 = 21 ≡ 10)', () => {
    for (let d = 0; d <= 9; d++) expect(isValidIin(`50000000060${d}`)).toBe(false);
  });

  it('anything but 12 digits is invalid', () => {
    expect(isValidIin('90041230012')).toBe(false);
    expect(isValidIin('90041230012a')).toBe(false);
    expect(isValidIin('9004123001270')).toBe(false);
    expect(isValidIin(' 900412300127')).toBe(false);
  });
});
