import { describe, expect, it } from 'vitest';
import { adult, codes, decide, monthly } from '../../support/profiles';

// rules/osms/departmental-care.json — seed 002 leaves «әскери қызметкерлерді, құқық қорғау және
// арнаиы мемлекеттік органдар қызметкерлерін» out of the employees who pay contributions. While the
// service is active the person is outside OSMS; afterwards its months count as covered by the state.
const officer = (since: string, until?: string, extra: Record<string, unknown> = {}) =>
  adult({ employment: [{ kind: 'military_or_law_enforcement', since, ...(until ? { until } : {}) }], ...extra });

describe('military and law-enforcement staff while serving', () => {
  it('a serving officer has the full GOBMP package but no OSMS: not applicable, no debt, the departmental reason', async () => {
    const d = await decide(officer('2015-09-01'), '2025-06-15');
    expect(d.packages).toMatchObject({ gobmp: 'full', osms: false });
    expect(d.insurance).toMatchObject({ status: 'not_applicable', debt: null, bases: [], monthlyContributionKzt: null });
    expect(codes(d)).toContain('osms.departmental-care');
    expect(codes(d)).not.toContain('osms.participant');
  });

  it('no payment, employer or status-check step is given while serving', async () => {
    const steps = (await decide(officer('2015-09-01'), '2025-06-15')).nextSteps.map((s) => s.code);
    for (const code of ['pay_arrears', 'pay_upcoming_months', 'pay_channels', 'contact_employer', 'check_status'])
      expect(steps).not.toContain(code);
  });

  it('the service counts from its first day: the day before it the person is an ordinary participant', async () => {
    expect((await decide(officer('2025-06-15'), '2025-06-14')).packages.osms).toBe(true);
    expect(codes(await decide(officer('2025-06-15'), '2025-06-15'))).toContain('osms.departmental-care');
  });
});

describe('after the service ends, its months count as covered by the state', () => {
  it('an officer who left on 2025-03-31 and works from April is insured by 12 payments on 2025-06-15', async () => {
    // C−12 … C−1 = 2024-06 … 2025-05: 2024-06 … 2025-03 service (state), 2025-04 and 05 employer deductions.
    const d = await decide(
      adult({
        employment: [
          { kind: 'military_or_law_enforcement', since: '2015-09-01', until: '2025-03-31' },
          { kind: 'employee', since: '2025-04-01' },
        ],
        payments: monthly('employer_deduction', '2025-04', 2, 9000),
      }),
      '2025-06-15',
    );
    expect(d.insurance.status).toBe('insured');
    expect(d.insurance.bases).toEqual(['osms.contributions.continuous']);
    expect(codes(d)).not.toContain('osms.departmental-care');
  });

  it('an officer who left on 2025-02-28 and pays nothing keeps the status by grace through 2025-05-31; afterwards only his own months after the service are debt', async () => {
    // State months through 2025-02 (the last day of service is in February): a run of 12+ ending at L = 2025-02.
    const left = officer('2015-09-01', '2025-02-28');
    const inGrace = await decide(left, '2025-04-15');
    expect(inGrace.insurance.bases).toEqual(['osms.contributions.grace']);
    expect(inGrace.insurance.grace).toEqual({ lastPaidMonth: '2025-02', endsOn: '2025-05-31' });
    // On 2025-06-15 grace is over: the months of service (2024-06 … 2025-02) are never debt, March to May are his own.
    const after = await decide(left, '2025-06-15');
    expect(after.insurance.status).toBe('not_insured');
    expect(after.insurance.debt).toEqual({ months: ['2025-03', '2025-04', '2025-05'], employerMonths: [], amountKzt: 3 * 4250 });
  });
});
