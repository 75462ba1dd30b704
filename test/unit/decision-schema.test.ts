import { describe, expect, it } from 'vitest';
import { type Decision, decisionSchema, evaluate } from '../../src';

// decisionSchema accepts every value a decision may hold and rejects each value it may not,
// at its path. A real decision is the starting point; one field is changed at a time.
type Json = Record<string, unknown>;
const change = (d: Decision, path: (string | number)[], value: unknown) => {
  const copy = structuredClone(d) as unknown as Json;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key as string] as Json;
  node[path[path.length - 1] as string] = value;
  return copy;
};

describe('decisionSchema', async () => {
  const d = await evaluate(
    {
      person: { birthDate: '1990-04-12', sex: 'male' },
      residency: { status: 'citizen' },
      employment: [{ kind: 'self_payer' }],
      serviceUsage: [{ service: 'therapist', date: '2025-02-01' }],
      insurance: [{ type: 'dms', validFrom: '2025-01-01', validTo: '2025-07-01' }],
    },
    { asOf: '2025-06-15', trace: true },
  );
  const quota = { service: 'therapist', limit: 2, per: 'six_months', used: 1, remaining: 1, nextAvailableOn: '2025-07-15' };
  const grace = { lastPaidMonth: '2025-04', endsOn: '2025-07-31' };
  const step = { code: 'x', message: 'm', amountKzt: 0, deadline: '2025-07-01', links: ['https://egov.kz'] };

  it.each([
    ['each locale', ['locale'], ['ru', 'kk', 'en', 'ky']],
    ['each GOBMP package', ['packages', 'gobmp'], ['full', 'dangerous_diseases', 'none']],
    ['each status', ['insurance', 'status'], ['insured', 'not_insured', 'not_applicable']],
    ['a status end or none', ['insurance', 'validThrough'], ['2025-12-31', null]],
    ['a grace or none', ['insurance', 'grace'], [grace, null]],
    [
      'a debt owed by an employer, or none',
      ['insurance', 'debt'],
      [{ months: ['2025-05'], employerMonths: ['2025-05'], amountKzt: null }, { months: [], employerMonths: [], amountKzt: 0 }, null],
    ],
    ['a contribution of 0 or none', ['insurance', 'monthlyContributionKzt'], [0, null]],
    ['each payer, or none', ['services', 'phc', 'payer'], ['gobmp', 'osms', 'dms', 'vms', null]],
    ['a quota of either period', ['quotas'], [[quota], [{ ...quota, per: 'calendar_year', nextAvailableOn: null, remaining: 0 }]]],
    ['a next step with every optional part, or none', ['nextSteps'], [[step], [{ code: 'x', message: 'm' }]]],
    ['no trace', ['trace'], [undefined]],
  ] as const)('accepts %s', (_title, path, values) => {
    for (const value of values) expect(decisionSchema.safeParse(change(d, [...path], value)).success).toBe(true);
  });

  it.each([
    ['a date written otherwise', ['asOf'], '15.06.2025'],
    ['a date with something after it', ['asOf'], '2025-06-15T00:00'],
    ['a date with something before it', ['asOf'], 'on 2025-06-15'],
    ['a grace month with something after it', ['insurance', 'grace'], { ...grace, lastPaidMonth: '2025-04-01' }],
    ['a grace month with something before it', ['insurance', 'grace'], { ...grace, lastPaidMonth: 'm2025-04' }],
    ['an unknown locale', ['locale'], 'de'],
    ['an unknown package', ['packages', 'gobmp'], 'partial'],
    ['a package flag that is not a boolean', ['packages', 'osms'], 'yes'],
    ['an unknown status', ['insurance', 'status'], 'maybe'],
    ['a grace month written otherwise', ['insurance', 'grace'], { ...grace, lastPaidMonth: '2025-4' }],
    ['a grace end that is not a date', ['insurance', 'grace'], { ...grace, endsOn: '2025-07' }],
    ['a negative debt', ['insurance', 'debt'], { months: [], amountKzt: -1 }],
    ['a debt month written otherwise', ['insurance', 'debt'], { months: ['05.2025'], amountKzt: 1 }],
    ['a negative contribution', ['insurance', 'monthlyContributionKzt'], -1],
    ['an unknown payer', ['services', 'phc', 'payer'], 'state'],
    ['a service with an unknown key', ['services', 'phc', 'why'], 'x'],
    ['an unknown service', ['services', 'massage'], { covered: false, payer: null, reasons: [], requires: [] }],
    ['an unknown quota service', ['quotas'], [{ ...quota, service: 'dentist' }]],
    ['a quota limit of 0', ['quotas'], [{ ...quota, limit: 0 }]],
    ['a negative use count', ['quotas'], [{ ...quota, used: -1 }]],
    ['a negative remainder', ['quotas'], [{ ...quota, remaining: -1 }]],
    ['a fractional remainder', ['quotas'], [{ ...quota, remaining: 0.5 }]],
    ['an unknown quota period', ['quotas'], [{ ...quota, per: 'weekly' }]],
    ['an unknown screening programme', ['screenings'], [{ program: 'x', eligible: true, reasons: [] }]],
    ['a reason without a source document', ['reasons'], [{ code: 'c', ruleId: 'r', message: 'm', source: {} }]],
    ['a negative step amount', ['nextSteps'], [{ ...step, amountKzt: -5 }]],
    ['a step deadline that is not a date', ['nextSteps'], [{ ...step, deadline: 'soon' }]],
    ['a trace entry without its result', ['trace'], [{ ruleId: 'r', stage: 's', conditions: {} }]],
    ['an unknown top-level key', ['extra'], 1],
  ] as const)('rejects %s', (_title, path, value) => {
    expect(decisionSchema.safeParse(d).success).toBe(true);
    expect(decisionSchema.safeParse(change(d, [...path], value)).success).toBe(false);
  });
});
