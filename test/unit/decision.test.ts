import { describe, expect, it } from 'vitest';
import { decisionSchema, loadLocale, loadRuleset } from '../../src';
import { sourceTitle } from '../../src/messages/format';
import { evaluate } from '../support/untyped';
import { adult, monthly } from '../support/profiles';

const profile = adult({ employment: [{ kind: 'self_payer' }], payments: monthly('self_payer', '2024-06', 9, 4250) });

describe('the decision', () => {
  it('validates against decisionSchema, has every service code and survives a JSON round trip', async () => {
    const d = await evaluate(profile, { asOf: '2025-06-15', trace: true });
    expect(decisionSchema.safeParse(d).success).toBe(true);
    expect(Object.keys(d.services)).toHaveLength(19);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('the same input gives the same output and the input is not changed', async () => {
    const before = structuredClone(profile);
    const first = await evaluate(profile, { asOf: '2025-06-15' });
    const second = await evaluate(Object.freeze(structuredClone(profile)), { asOf: '2025-06-15' });
    expect(second).toEqual(first);
    expect(profile).toEqual(before);
  });

  it('each reason names its rule, a source and a message in the requested locale', async () => {
    const d = await evaluate(profile, { asOf: '2025-06-15', locale: 'en' });
    const debt = d.reasons.find((r) => r.code === 'osms.debt');
    expect(debt).toMatchObject({ ruleId: 'osms.debt', source: { document: 'seed:002' } });
    expect(debt?.message).toBe(
      'Not insured: arrears for 3 months (03.2025, 04.2025, 05.2025); amount 12\u00a0750\u00a0₸. At most 12 months are repaid (Law on OSMS art. 5 p.3).',
    );
    const ru = await evaluate(profile, { asOf: '2025-06-15' });
    expect(ru.locale).toBe('ru');
    expect(ru.reasons.find((r) => r.code === 'osms.debt')?.message).toMatch(/^Не застрахован: задолженность за 3 мес\./);
  });

  it('the trace shows each rule with its evaluated conditions', async () => {
    const d = await evaluate(profile, { asOf: '2025-06-15', trace: true });
    const continuous = d.trace?.find((t) => t.ruleId === 'osms.contributions.continuous');
    expect(continuous?.result).toBe(false);
    expect(JSON.stringify(continuous?.conditions)).toContain('"factResult":0');
    expect((await evaluate(profile, { asOf: '2025-06-15' })).trace).toBeUndefined();
  });
});

describe('amounts in messages', () => {
  it('an ESP amount of 1,458.5 is written 1 458,5 ₸ in Russian and 1 458.5 ₸ in English', async () => {
    const esp = adult({ employment: [{ kind: 'esp_payer' }], settlement: 'other' });
    const message = async (locale: 'ru' | 'en') =>
      (await evaluate(esp, { asOf: '2021-06-15', locale })).reasons.find((r) => r.code === 'osms.monthly-contribution')?.message;
    expect(await message('ru')).toBe('Ежемесячный взнос: 1\u00a0458,5\u00a0₸.');
    expect(await message('en')).toBe('Monthly contribution: 1\u00a0458.5\u00a0₸.');
  });
});

describe('the source of each reason', () => {
  it('carries the bibliography title in the decision’s locale: seed 002 in Kazakh and in English', async () => {
    const profile = { person: { birthDate: '1990-01-01', sex: 'male' }, residency: { status: 'citizen' } };
    const kk = await evaluate(profile, { asOf: '2025-06-15', locale: 'kk' });
    const en = await evaluate(profile, { asOf: '2025-06-15', locale: 'en' });
    const gobmp = (d: typeof kk) => d.reasons.find((r) => r.code === 'gobmp.full')?.source;
    expect(gobmp(kk)).toMatchObject({ document: 'seed:002', title: 'ҚР медициналық көмек көрсету: ТМККК және МӘМС' });
    expect(gobmp(en)).toMatchObject({
      document: 'seed:002',
      title: 'Medical care in Kazakhstan: GOBMP and OSMS (Social Health Insurance Fund slide deck)',
    });
  });

  it('every document a shipped rule cites has a bibliography entry and, once the locale is loaded, a title in ru, kk, en and ky', async () => {
    const { rules, parameters } = loadRuleset();
    for (const locale of ['ru', 'kk', 'en', 'ky'] as const) {
      await loadLocale(locale);
      for (const rule of rules) {
        for (const { document } of rule.meta.sources) {
          expect(Object.hasOwn(parameters.bibliography, document), `${rule.meta.id} ${document}`).toBe(true);
          expect(sourceTitle(locale, document), `${rule.meta.id} ${document} ${locale}`).toBeTruthy();
        }
      }
    }
  });
});
