import { describe, expect, it } from 'vitest';
import { woman } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/register-pregnancy.json — seed 002 «ЖҰМЫС ІСТЕМЕЙТІН ЖҮКТІ ӘЙЕЛ»
describe('register the pregnancy', () => {
  it('a pregnant woman without a registration date and without work is told to see the district doctor', async () => {
    expect((await stepOf(woman({ pregnancy: { lifeThreat: false } }), '2025-06-15', 'register_pregnancy'))?.message).toMatch(
      /3 working days/,
    );
  });

  it('a registered woman, or one who works, is not', async () => {
    expect(await stepOf(woman({ pregnancy: { registeredOn: '2025-06-01' } }), '2025-06-15', 'register_pregnancy')).toBeUndefined();
    expect(await stepOf(woman({ pregnancy: {}, employment: [{ kind: 'employee' }] }), '2025-06-15', 'register_pregnancy')).toBeUndefined();
  });
});

describe('who registers a pregnancy (revision 3)', () => {
  it('the message names the district doctor or midwife under GOBMP, and the obstetrician-gynaecologist under OSMS for the insured', async () => {
    const profile = woman({ pregnancy: { lifeThreat: false } });
    expect((await stepOf(profile, '2025-06-15', 'register_pregnancy'))?.message).toBe(
      'Visit your district doctor or district midwife (under GOBMP: no insured status is needed) or an obstetrician-gynaecologist under OSMS (this requires being insured) to be entered in the register of pregnant women; the status is granted automatically within 3 working days.',
    );
    // Seed 002's own words in Kazakh: «Акушер-гинеколог, міндетті медициналық сақтандыру пакеті шеңберінде … сақтандырылған болу шарт».
    const kk = (await stepOf(profile, '2025-06-15', 'register_pregnancy', 'kk'))?.message;
    expect(kk).toContain('акушер-гинекологқа');
    expect(kk).toContain('сақтандырылған болу шарт');
  });
});
