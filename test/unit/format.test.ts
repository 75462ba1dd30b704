import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, formatMessage, formatValue, loadLocale } from '../../src/messages/format';

// evaluate loads a decision's locale before it writes a message; so does this file.
beforeAll(() => Promise.all(LOCALES.map(loadLocale)));

// How values and messages are written, by hand from src/messages/*.json. Spaces in amounts are
// non-breaking (U+00A0).
const NB = '\u00a0';

describe('values', () => {
  it('amounts are grouped by thousands, with a decimal comma, or a point in English', () => {
    expect(formatValue('ru', 'amountKzt', 12750)).toBe(`12${NB}750${NB}₸`);
    expect(formatValue('kk', 'amountKzt', 1458.5)).toBe(`1${NB}458,5${NB}₸`);
    expect(formatValue('en', 'amountKzt', 1458.5)).toBe(`1${NB}458.5${NB}₸`);
    expect(formatValue('ru', 'amountKzt', 1234567.891)).toBe(`1${NB}234${NB}567,89${NB}₸`);
    expect(formatValue('ru', 'amountKzt', 950)).toBe(`950${NB}₸`);
    expect(formatValue('ru', 'amountKzt', 0)).toBe(`0${NB}₸`);
  });

  it('a number whose key is not an amount is written as it is', () => {
    expect(formatValue('ru', 'months', 12750)).toBe('12750');
  });

  it('dates are written dd.MM.yyyy and months MM.yyyy; other strings are left as they are', () => {
    expect(formatValue('ru', 'deadline', '2025-05-31')).toBe('31.05.2025');
    expect(formatValue('ru', 'month', '2025-05')).toBe('05.2025');
    expect(formatValue('ru', 'x', '2025-05-31T10:00')).toBe('2025-05-31T10:00');
    expect(formatValue('ru', 'x', 'phc')).toBe('phc');
  });

  it('lists are joined with commas, each item written by its kind; nothing is a dash', () => {
    expect(formatValue('ru', 'months', ['2025-04', '2025-05'])).toBe('04.2025, 05.2025');
    expect(formatValue('ru', 'amountKzt', [1000, 2000])).toBe(`1${NB}000${NB}₸, 2${NB}000${NB}₸`);
    expect(formatValue('ru', 'x', null)).toBe('—');
    expect(formatValue('ru', 'x', undefined)).toBe('—');
    expect(formatValue('ru', 'x', true)).toBe('true');
  });
});

describe('messages', () => {
  it('placeholders are filled from the params; lists also give their count; nested params are lifted', () => {
    expect(formatMessage('en', 'osms.debt', { months: ['2025-04', '2025-05'], amount: { amountKzt: 8500 } })).toBe(
      `Not insured: arrears for 2 months (04.2025, 05.2025); amount 8${NB}500${NB}₸. At most 12 months are repaid (Law on OSMS art. 5 p.3).`,
    );
  });

  it('a placeholder without a param is left as it is', () => {
    expect(formatMessage('en', 'osms.debt', {})).toBe(
      'Not insured: arrears for {monthsCount} months ({months}); amount {amountKzt}. At most 12 months are repaid (Law on OSMS art. 5 p.3).',
    );
  });

  it('a code without a message is shown as the code', () => {
    expect(formatMessage('en', 'no.such.code', {})).toBe('no.such.code');
  });

  it('Kyrgyz falls back to Russian for what no foreigner receives (a citizen’s full package); Kazakh and English have their own', async () => {
    await Promise.all([loadLocale('ky'), loadLocale('en'), loadLocale('kk')]);
    const ruFull = formatMessage('ru', 'gobmp.full', {});
    expect(formatMessage('ky', 'gobmp.full', {})).toBe(ruFull);
    expect(formatMessage('en', 'gobmp.full', {})).not.toBe(ruFull);
    expect(formatMessage('kk', 'gobmp.full', {})).not.toBe(ruFull);
    expect(formatMessage('ky', 'gobmp.dangerous-diseases', {})).toMatch(/^Казакстан Республикасында убактылуу/);
    expect(formatMessage('ky', 'age_out_of_range', {})).toBe('Жашы программанын чегинен тышкары.');
  });

  it('a locale is loaded once, on demand; loading it again changes nothing', async () => {
    await loadLocale('en');
    const once = formatMessage('en', 'not_insured', {});
    await loadLocale('en');
    expect(formatMessage('en', 'not_insured', {})).toBe(once);
    expect(once).toBe('Not insured under OSMS.');
    await expect(loadLocale('ru')).resolves.toBeUndefined();
  });
});

describe('strings that only contain a date', () => {
  it('are left as they are', () => {
    expect(formatValue('ru', 'x', 'on 2025-05-31')).toBe('on 2025-05-31');
    expect(formatValue('ru', 'x', 'v2025-05')).toBe('v2025-05');
  });
});
