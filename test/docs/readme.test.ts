import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src';

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

describe('the README', () => {
  // By the rules: nine months paid from 06.2024 cover 06.2024 … 02.2025; on 15.06.2025 the months
  // 03, 04 and 05.2025 are owed, 3 × 5 % of the 85 000 ₸ minimum wage = 12 750 ₸; a citizen has the
  // full GOBMP package (PHC, once attached) but not planned hospital care, which needs OSMS status
  // (GOBMP gives it only for the Order No. 669 list, which the library does not hold: the first reason);
  // the self-payer's steps from 2022-09-05 put this month's payment before the optional arrears.
  it('its first example gives what the README says it gives', async () => {
    const payments = "payments: [{ kind: 'self_payer', period: '2024-06', months: 9, paidOn: '2024-06-05', amountKzt: 38250 }]";
    expect(readme).toContain(payments);
    const decision = await evaluate(
      {
        person: { birthDate: '1990-04-12', sex: 'male' },
        residency: { status: 'citizen' },
        employment: [{ kind: 'self_payer' }],
        payments: [{ kind: 'self_payer', period: '2024-06', months: 9, paidOn: '2024-06-05', amountKzt: 38250 }],
      },
      { asOf: '2025-06-15', locale: 'en' },
    );
    expect(readme).toContain(
      "decision.insurance.debt;              // { months: ['2025-03', '2025-04', '2025-05'], employerMonths: [], amountKzt: 12750 }",
    );
    expect(decision.insurance.status).toBe('not_insured');
    expect(decision.insurance.debt).toEqual({ months: ['2025-03', '2025-04', '2025-05'], employerMonths: [], amountKzt: 12750 });
    expect(decision.services.phc).toEqual({ covered: true, payer: 'gobmp', reasons: ['services.gobmp.phc'], requires: ['phc_attachment'] });
    expect(decision.services.inpatient_planned).toEqual({
      covered: false,
      payer: null,
      reasons: ['gobmp.planned-list-not-modelled', 'not_insured', 'no_dangerous_disease'],
      requires: [],
    });
    expect(decision.nextSteps.map((s) => s.code)).toEqual([
      'choose_phc',
      'attach_phc_in_person',
      'pay_upcoming_months',
      'pay_arrears',
      'pay_channels',
      'check_status',
    ]);
    expect(
      decision.nextSteps[3]?.message.startsWith(
        'You may also repay the arrears for 3 months (03.2025, 04.2025, 05.2025): 12\u00a0750\u00a0₸.',
      ),
    ).toBe(true);
  });

  it('the first screen has the install line and the two commands of a fresh clone, and points nowhere outside the repository', () => {
    const firstScreen = readme.split('\n').slice(0, 45).join('\n');
    expect(firstScreen).toContain('npm install kz-health-coverage');
    expect(firstScreen).toContain('npm ci && npm run example');
    expect(firstScreen).toContain('npm test ');
    expect(readme).not.toMatch(/\.\.\/shared|\bRULES\.md|\bAPI\.md|#\d+ ✔/);
    expect(readme).not.toMatch(/\bissue #?\d/i);
  });
});
