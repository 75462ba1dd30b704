import { describe, expect, it } from 'vitest';
import { decide, monthly, woman } from '../../support/profiles';

// rules/osms/pregnant-nonworking.json — seed 002 «ЖҰМЫС ІСТЕМЕЙТІН ЖҮКТІ ӘЙЕЛ»
const pregnant = (registeredOn: string, payments: unknown[] = []) =>
  woman({ pregnancy: { registeredOn }, stateCategories: [{ category: 'pregnant_nonworking', since: registeredOn }], payments });

describe('a non-working pregnant woman', () => {
  it('registered on Monday 2025-06-02 she is not insured on Wednesday and insured on Thursday, the third working day', async () => {
    expect((await decide(pregnant('2025-06-02'), '2025-06-04')).insurance.status).toBe('not_insured');
    const d = await decide(pregnant('2025-06-02'), '2025-06-05');
    expect(d.insurance.bases).toEqual(['osms.pregnant-nonworking']);
    expect(d.insurance.monthlyContributionKzt).toBeNull();
  });

  it('Nauryz days do not count: registered on 2025-03-20, insured on 2025-03-28 and not on 2025-03-27', async () => {
    // 21–23 March are holidays; 22 and 23 fall on the weekend, so 24 and 25 March are days off too.
    expect((await decide(pregnant('2025-03-20'), '2025-03-27')).insurance.status).toBe('not_insured');
    expect((await decide(pregnant('2025-03-20'), '2025-03-28')).insurance.status).toBe('insured');
  });

  it('a social contribution for the month before registration shows she works: no status', async () => {
    const payments = [{ kind: 'social_contribution', period: '2025-05', paidOn: '2025-05-20', amountKzt: 3000 }];
    expect((await decide(pregnant('2025-06-02', payments), '2025-06-20')).insurance.status).toBe('not_insured');
  });

  it('a pension contribution three months before registration does not matter', async () => {
    const payments = [{ kind: 'pension_contribution', period: '2025-03', paidOn: '2025-04-10', amountKzt: 8500 }];
    expect((await decide(pregnant('2025-06-02', payments), '2025-06-20')).insurance.status).toBe('insured');
  });

  it('an ESP record from the registration month on excludes her', async () => {
    const payments = [{ kind: 'esp', period: '2023-06', paidOn: '2023-06-05', amountKzt: 3450 }];
    expect((await decide(pregnant('2023-06-01', payments), '2023-06-20')).insurance.bases).not.toContain('osms.pregnant-nonworking');
    const before = [{ kind: 'esp', period: '2023-03', paidOn: '2023-03-05', amountKzt: 3450 }];
    expect((await decide(pregnant('2023-06-01', before), '2023-06-20')).insurance.bases).toContain('osms.pregnant-nonworking');
  });

  it('without the pregnant_nonworking record, a registration date alone gives no status', async () => {
    expect((await decide(woman({ pregnancy: { registeredOn: '2025-06-02' } }), '2025-06-20')).insurance.status).toBe('not_insured');
  });
});

describe('the end of a registered pregnancy', () => {
  it('with endedOn the basis lasts to the day before it, and validThrough says so', async () => {
    const profile = woman({
      pregnancy: { registeredOn: '2025-01-06', endedOn: '2025-08-20' },
      stateCategories: [{ category: 'pregnant_nonworking', since: '2025-01-06' }],
    });
    const during = await decide(profile, '2025-08-19');
    expect(during.insurance.bases).toEqual(['osms.pregnant-nonworking']);
    expect(during.insurance.validThrough).toBe('2025-08-19');
    expect((await decide(profile, '2025-08-20')).insurance.bases).toEqual([]);
  });

  it('without endedOn a registered pregnancy lasts 300 days: registered 2025-01-06, the last day is 2025-11-01', async () => {
    const profile = pregnant('2025-01-06');
    expect((await decide(profile, '2025-06-15')).insurance.validThrough).toBe('2025-11-01');
    expect((await decide(profile, '2025-11-01')).insurance.bases).toEqual(['osms.pregnant-nonworking']);
    expect((await decide(profile, '2025-11-02')).insurance.bases).toEqual([]);
  });

  it('after the pregnancy ended she is no longer pregnant for the services: an insured woman loses planned dental care for it', async () => {
    // Insured by 12 self-payer months 2024-06 … 2025-05; planned dental care is for pregnant women.
    const payments = monthly('self_payer', '2024-06', 12, 4250);
    const profile = woman({ payments, pregnancy: { registeredOn: '2025-01-06', endedOn: '2025-06-25' }, visit: { referral: true } });
    expect((await decide(profile, '2025-06-24')).services.dental_planned.covered).toBe(true);
    const after = await decide(profile, '2025-06-25');
    expect(after.insurance.status).toBe('insured');
    expect(after.services.dental_planned.covered).toBe(false);
  });
});

describe('the last day of a registered pregnancy (revision 3)', () => {
  it('registered on Thursday 2025-01-02, she is insured through day 300, 2025-10-28, and not on 2025-10-29', async () => {
    // Day 1 is 2025-01-02; + 299 days: 272 days to 1 October, then 27 more: 28 October.
    const d = await decide(pregnant('2025-01-02'), '2025-10-28');
    expect(d.insurance.bases).toEqual(['osms.pregnant-nonworking']);
    expect(d.insurance.validThrough).toBe('2025-10-28');
    expect((await decide(pregnant('2025-01-02'), '2025-10-29')).insurance.bases).not.toContain('osms.pregnant-nonworking');
  });

  it('after the last day the pregnancy cover ends too: no planned dental care as a pregnant woman, no pregnancy risk group', async () => {
    const insured = (asOf: string) =>
      decide({ ...pregnant('2025-01-02', monthly('employer_deduction', '2024-10', 12, 9000)), employment: [{ kind: 'employee' }] }, asOf);
    expect((await insured('2025-10-28')).services.dental_planned.covered).toBe(true);
    expect((await insured('2025-10-29')).services.dental_planned.covered).toBe(false);
  });
});
