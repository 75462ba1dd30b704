import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf, stepsOf } from '../../support/steps';

// rules/next-steps/attach-phc-in-person.json — seed 001 steps 6, 7, 9
describe('attach in person', () => {
  it('a citizen not attached applies in person, after choosing the organisation', async () => {
    const codes = (await stepsOf(adult(), '2025-06-15')).map((s) => s.code);
    expect(codes.indexOf('attach_phc_in_person')).toBe(codes.indexOf('choose_phc') + 1);
  });

  it('in Russian the seed wording is used', async () => {
    expect((await stepOf(adult(), '2025-06-15', 'attach_phc_in_person', 'ru'))?.message).toMatch(
      /^Подать заявку при непосредственном обращении/,
    );
  });

  it('an attached person has nothing to do', async () => {
    expect(await stepOf(adult({ attachment: { attached: true } }), '2025-06-15', 'attach_phc_in_person')).toBeUndefined();
  });
});

describe('the attachment request goes into the register of the attached population (revision 3)', () => {
  it('the message says the PHC staff file the request in «Регистр прикрепленного населения» (seed 001 step 7), in ky «Бекитилген калктын реестри» (seed 000)', async () => {
    expect((await stepOf(adult(), '2025-06-15', 'attach_phc_in_person', 'ru'))?.message).toContain(
      'Специалисты организации ПМСП оформляют запрос на прикрепление в информационную систему «Регистр прикрепленного населения»',
    );
    const migrant = adult({ insurance: [{ type: 'dms', validFrom: '2025-01-01', validTo: '2025-12-31' }] }, 'temporary_resident');
    expect((await stepOf(migrant, '2025-06-15', 'attach_phc_in_person', 'ky'))?.message).toContain(
      '«Бекитилген калктын реестри» маалыматтык системасына',
    );
    expect((await stepOf(adult(), '2025-06-15', 'attach_phc_in_person'))?.message).toContain('Register of the attached population');
  });
});
