import { describe, expect, it } from 'vitest';
import { evaluate } from '../support/untyped';
import en from '../../src/messages/en.json';
import kk from '../../src/messages/kk.json';
import ky from '../../src/messages/ky.json';
import ru from '../../src/messages/ru.json';
import { adult, monthly } from '../support/profiles';

// Languages: ru, kk and en everywhere; ky for every message a temporarily staying foreigner,
// stateless person or asylum seeker can receive (seed 000's wording where it has one), ru elsewhere.
describe('languages', () => {
  it('ru, kk and en have exactly the same message keys', () => {
    expect(Object.keys(kk).sort()).toEqual(Object.keys(ru).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
  });

  it('ky has the foreigner steps of seed 000 and no key that ru lacks', () => {
    for (const step of [
      'get_iin',
      'get_dms_or_vms',
      'choose_phc',
      'attach_phc_egov',
      'attach_phc_in_person',
      'renew_dms',
      'attach_family',
      'attach_child',
    ]) {
      expect(ky[`nextSteps.${step}` as keyof typeof ky], step).toBeTypeOf('string');
    }
    for (const key of Object.keys(ky)) expect(Object.keys(ru)).toContain(key);
  });

  it('a ky decision uses seed 000 wording where it exists, Kyrgyz written anew for the other foreigner messages, and ru for the rest', async () => {
    const d = await evaluate(adult({ employment: [{ kind: 'employee', since: '2025-03-01' }] }, 'temporary_resident'), {
      asOf: '2025-06-15',
      locale: 'ky',
    });
    // Seed 000 step 1, after "if you have no IIN yet" (revision 3: the profile may not record an IIN the person has).
    expect(d.nextSteps.find((s) => s.code === 'get_iin')?.message).toBe(
      'Эгер сизде али ИЖН жок болсо: «Жарандар үчүн өкмөт» АКсынан (КТБ) ИЖН алыңыз.',
    );
    expect(d.nextSteps.find((s) => s.code === 'check_status')?.message).toBe(ky['nextSteps.check_status']);
    // A citizen's self-payer step is no foreigner message: ru.
    const citizen = await evaluate(adult({ employment: [{ kind: 'self_payer' }] }), { asOf: '2025-06-15', locale: 'ky' });
    expect(citizen.nextSteps.find((s) => s.code === 'pay_upcoming_months')?.message).toContain('Оплатите взнос за текущий месяц');
  });

  it('amounts and dates are written 12 750 ₸ and 31.05.2025', async () => {
    const grace = adult({ employment: [{ kind: 'self_payer' }], payments: monthly('self_payer', '2024-03', 12, 4250) });
    const d = await evaluate(grace, { asOf: '2025-04-15', locale: 'kk' });
    expect(d.nextSteps.find((s) => s.code === 'pay_before_grace_ends')?.message).toContain('31.05.2025');
    const debt = await evaluate(adult({ employment: [{ kind: 'self_payer' }], payments: monthly('self_payer', '2024-06', 9, 4250) }), {
      asOf: '2025-06-15',
      locale: 'kk',
    });
    expect(debt.nextSteps.find((s) => s.code === 'pay_arrears')?.message).toContain('12\u00a0750\u00a0₸');
  });
});

describe('Kyrgyz for temporarily staying foreigners, stateless persons and asylum seekers', () => {
  it('no reason or next step they receive falls back to Russian (600 generated profiles and the revision 2 cases)', async () => {
    const { createEvaluator } = await import('../support/untyped');
    const { arbitraries } = await import('../../src/testing');
    const fc = (await import('fast-check')).default;
    const evaluator = createEvaluator();
    const generated = fc.sample(arbitraries.profile({ residency: ['temporary_resident', 'stateless_temporary', 'asylum_seeker'] }), {
      seed: 3,
      numRuns: 1200,
    });
    const cases = [
      {
        person: { birthDate: '1990-01-01', sex: 'male' },
        residency: { status: 'permanent_resident', residencePermitUntil: '2024-01-01' },
        asOf: '2025-06-15',
      },
      {
        person: { birthDate: '1990-01-01', sex: 'male' },
        residency: { status: 'temporary_resident', eaeu: true },
        employment: [{ kind: 'employee', since: '2025-01-01' }],
        fundStatement: { checkedOn: '2025-06-01', status: 'insured' },
        asOf: '2025-06-15',
      },
      {
        person: { birthDate: '1990-01-01', sex: 'female' },
        residency: { status: 'temporary_resident' },
        pregnancy: { inLabour: true },
        asOf: '2025-06-15',
      },
    ];
    const fallbacks = new Set<string>();
    for (const profile of [...generated, ...cases]) {
      const [inKy, inRu] = [await evaluator.evaluate(profile, { locale: 'ky' }), await evaluator.evaluate(profile, { locale: 'ru' })];
      inKy.reasons.forEach((r, i) => r.message === inRu.reasons[i]?.message && fallbacks.add(r.code));
      inKy.nextSteps.forEach((s, i) => s.message === inRu.nextSteps[i]?.message && fallbacks.add(`nextSteps.${s.code}`));
      // The "why not" codes of services and screenings are shown by their message (CLI, pages): in ky too.
      for (const code of [...Object.values(inKy.services).flatMap((s) => s.reasons), ...inKy.screenings.flatMap((s) => s.reasons)]) {
        if (!Object.hasOwn(ky, code)) fallbacks.add(code);
      }
    }
    expect([...fallbacks]).toEqual([]);
  });
});
