import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src';
import en from '../../src/messages/en.json';
import kk from '../../src/messages/kk.json';
import ky from '../../src/messages/ky.json';
import ru from '../../src/messages/ru.json';
import { adult, monthly } from '../support/profiles';

// RULES.md section 9: ru, kk and en everywhere; ky for what seed 000 covers, ru elsewhere.
describe('languages', () => {
  it('ru, kk and en have exactly the same message keys', () => {
    expect(Object.keys(kk).sort()).toEqual(Object.keys(ru).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
  });

  it('ky has the foreigner steps of seed 000 and no key that ru lacks', () => {
    for (const step of ['get_iin', 'get_dms_or_vms', 'choose_phc', 'attach_phc_egov', 'attach_phc_in_person', 'renew_dms', 'attach_family', 'attach_child']) {
      expect(ky[`nextSteps.${step}` as keyof typeof ky], step).toBeTypeOf('string');
    }
    for (const key of Object.keys(ky)) expect(Object.keys(ru)).toContain(key);
  });

  it('a ky decision uses seed 000 wording where it exists and falls back to ru elsewhere', async () => {
    const d = await evaluate(adult({ employment: [{ kind: 'employee', since: '2025-03-01' }] }, 'temporary_resident'), { asOf: '2025-06-15', locale: 'ky' });
    expect(d.nextSteps.find((s) => s.code === 'get_iin')?.message).toBe('«Жарандар үчүн өкмөт» АКсынан (КТБ) ИЖН алыңыз.');
    expect(d.nextSteps.find((s) => s.code === 'check_status')?.message).toBe(ru['nextSteps.check_status']);
  });

  it('amounts and dates are written 12 750 ₸ and 31.05.2025', async () => {
    const grace = adult({ employment: [{ kind: 'self_payer' }], payments: monthly('self_payer', '2024-03', 12, 4250) });
    const d = await evaluate(grace, { asOf: '2025-04-15', locale: 'kk' });
    expect(d.nextSteps.find((s) => s.code === 'pay_before_grace_ends')?.message).toContain('31.05.2025');
    const debt = await evaluate(adult({ employment: [{ kind: 'self_payer' }], payments: monthly('self_payer', '2024-06', 9, 4250) }), { asOf: '2025-06-15', locale: 'kk' });
    expect(debt.nextSteps.find((s) => s.code === 'pay_arrears')?.message).toContain('12\u00a0750\u00a0₸');
  });
});
