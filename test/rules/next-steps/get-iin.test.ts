import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf, stepsOf } from '../../support/steps';

// rules/next-steps/get-iin.json — seed 001 step 1
describe('obtain an IIN', () => {
  it('a temporary resident without an IIN is told to get one first, at a public service centre', async () => {
    const steps = await stepsOf(adult({}, 'temporary_resident'), '2025-06-15');
    expect(steps[0]?.code).toBe('get_iin');
    expect(steps[0]?.message).toMatch(/IIN/);
  });

  it('a citizen, or a foreigner who has an IIN, is not', async () => {
    expect(await stepOf(adult(), '2025-06-15', 'get_iin')).toBeUndefined();
    expect(
      await stepOf(
        { ...adult({}, 'permanent_resident'), person: { birthDate: '1990-04-12', sex: 'male', iin: '900412300127' } },
        '2025-06-15',
        'get_iin',
      ),
    ).toBeUndefined();
  });
});

describe('obtain an IIN: not for a kandas, and only "if you have no IIN yet" (revision 3)', () => {
  it('a kandas without an IIN in the profile is not told to get one: the status comes with it', async () => {
    expect(await stepOf(adult({}, 'kandas'), '2025-06-15', 'get_iin')).toBeUndefined();
  });

  it('a foreign employee with recorded deductions may have an IIN the profile lacks: the message starts with the condition', async () => {
    const profile = adult(
      {
        employment: [{ kind: 'employee' }],
        payments: [{ kind: 'employer_deduction', period: '2025-04', paidOn: '2025-05-10', amountKzt: 9000 }],
      },
      'temporary_resident',
    );
    expect((await stepOf(profile, '2025-06-15', 'get_iin'))?.message).toBe(
      'If you have no IIN yet: obtain one at the State Corporation "Government for Citizens" (public service centre).',
    );
    expect((await stepOf(profile, '2025-06-15', 'get_iin', 'ru'))?.message).toBe(
      'Если у вас ещё нет ИИН: получить ИИН в АО «Правительство для граждан» (ЦОН).',
    );
  });

  it.each(['refugee', 'permanent_resident', 'stateless_permanent', 'stateless_temporary', 'asylum_seeker'])(
    'a %s without an IIN is told to get one',
    async (status) => {
      expect(await stepOf(adult({}, status), '2025-06-15', 'get_iin')).toBeDefined();
    },
  );
});
