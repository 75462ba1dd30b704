import { describe, expect, it } from 'vitest';
import {
  assembleDecision,
  decideServices,
  eligibilityOutcome,
  eligibleScreenings,
  graceOf,
  insuranceOutcome,
} from '../../src/decision/assemble';
import type { FiredRule } from '../../src/engine/fired-rule';
import { failedConditionNames } from '../../src/engine/stock-engine';
import type { StageOutcome } from '../../src/facts/stage-outcome';

// Shaping a decision from rule results. The rule results are written here by hand, so each
// step of the shaping is checked apart from the rules and the engine.
let nextIndex = 0;
function rule(
  id: string,
  type: string,
  params: Record<string, unknown>,
  result = true,
  extra: { index?: number; from?: string; to?: string; conditions?: unknown; eventParams?: Record<string, unknown> | null } = {},
): FiredRule {
  const eventParams = extra.eventParams === undefined ? params : extra.eventParams;
  const conditions = 'conditions' in extra ? extra.conditions : { all: [] };
  return {
    index: extra.index ?? nextIndex++,
    stage: 'coverage',
    result,
    params,
    conditions,
    failed: result ? [] : failedConditionNames(conditions),
    rule: {
      meta: {
        id,
        title: id,
        description: id,
        sources: [{ document: 'seed:002', ref: 'test' }],
        effective: { from: extra.from ?? '2020-01-01', ...(extra.to ? { to: extra.to } : {}) },
      },
      conditions: { all: [] },
      event: { type, ...(eventParams === null ? {} : { params: eventParams }) },
    } as FiredRule['rule'],
  };
}
const PRECEDENCE = ['regardless', 'gobmp', 'osms', 'dms', 'vms'];
const ASOF = '2025-06-15';

describe('packages', () => {
  it('the full GOBMP package wins over the dangerous-diseases one in either order', () => {
    const full = rule('gobmp.full', 'package', { gobmp: 'full' });
    const dangerous = rule('gobmp.dangerous-diseases', 'package', { gobmp: 'dangerous_diseases' });
    expect(eligibilityOutcome([full, dangerous]).packages.gobmp).toBe('full');
    expect(eligibilityOutcome([dangerous, full]).packages.gobmp).toBe('full');
    expect(eligibilityOutcome([dangerous]).packages.gobmp).toBe('dangerous_diseases');
  });

  it('a package rule that did not fire gives nothing; the flags are set by the rules that fired', () => {
    const out = eligibilityOutcome([
      rule('osms.participant', 'package', { osms: true }),
      rule('voluntary.dms', 'package', { dms: true }, false),
      rule('voluntary.vms', 'package', { vms: true }),
    ]);
    expect(out.packages).toEqual({ gobmp: 'none', osms: true, dms: false, vms: true });
  });

  it('excluded payment kinds are listed once, sorted', () => {
    const out = eligibilityOutcome([
      rule('osms.z', 'exclude-payment-kinds', { kinds: 'esp' }),
      rule('osms.a', 'exclude-payment-kinds', { kinds: ['self_payer', 'esp'] }),
      rule('osms.b', 'exclude-payment-kinds', { kinds: ['esp'] }),
      rule('osms.c', 'exclude-payment-kinds', { kinds: ['individual_entrepreneur'] }, false),
    ]);
    expect(out.excludedPaymentKinds).toEqual(['esp', 'self_payer']);
  });
});

describe('insurance', () => {
  it('the reported grace is the one that ends last among the bases that fired', () => {
    const graces = [
      rule('osms.a', 'insurance-basis', { grace: { lastPaidMonth: '2025-04', endsOn: '2025-08-31' } }),
      rule('osms.b', 'insurance-basis', { grace: { lastPaidMonth: '2025-03', endsOn: '2025-07-31' } }),
      rule('osms.c', 'insurance-basis', { grace: { lastPaidMonth: '2025-05', endsOn: '2025-09-30' } }, false),
      rule('osms.d', 'insurance-basis', {}),
    ];
    expect(graceOf(graces)).toEqual({ lastPaidMonth: '2025-04', endsOn: '2025-08-31' });
    expect(graceOf([rule('osms.d', 'insurance-basis', {})])).toBeNull();
  });

  it('without the OSMS package the status is not applicable and no basis is reported', () => {
    const basis = rule('osms.state-category.child', 'insurance-basis', { payer: 'state' });
    expect(insuranceOutcome([basis], { gobmp: 'full', osms: false, dms: false, vms: false })).toEqual({
      status: 'not_applicable',
      bases: [],
      stateInsured: false,
    });
  });

  it('a person is state-insured when any basis that fired is paid by the state', () => {
    const packages = { gobmp: 'full', osms: true, dms: false, vms: false } as const;
    const own = rule('osms.contributions.continuous', 'insurance-basis', { basis: 'contributions' });
    const state = rule('osms.state-category.child', 'insurance-basis', { payer: 'state' });
    expect(insuranceOutcome([own, state], packages)).toEqual({
      status: 'insured',
      bases: ['contributions', 'osms.state-category.child'],
      stateInsured: true,
    });
    expect(insuranceOutcome([own], packages)).toEqual({ status: 'insured', bases: ['contributions'], stateInsured: false });
    expect(insuranceOutcome([rule('osms.x', 'insurance-basis', { payer: 'state' }, false)], packages)).toEqual({
      status: 'not_insured',
      bases: [],
      stateInsured: false,
    });
  });
});

describe('why a rule did not fire', () => {
  const conditions = {
    all: [
      { name: 'a', fact: 'x', operator: 'equal', value: 1, result: false },
      { name: 'b', fact: 'x', operator: 'equal', value: 1, result: true },
      { name: 'd', any: [{ name: 'c', fact: 'x', operator: 'equal', value: 1, result: false }] },
      { name: 'f', not: { name: 'e', fact: 'x', operator: 'equal', value: 1, result: true } },
      { name: 'g', all: [{ fact: 'x', operator: 'equal', value: 1, result: true }] },
      { name: 'h', all: [{ result: true }, { result: false }] },
      { name: 'i', any: [{ result: true }, { result: false }] },
      { name: 'j', fact: 'x', operator: 'equal', value: 1 },
      { name: 'k', not: { result: false } },
      { name: 'l', not: { name: 'm', result: false } },
    ],
  };
  const failing = () => failedConditionNames(conditions);

  it('names every named condition that was false, blocks included, in the order of the rule', () => {
    expect(failing()).toEqual(['a', 'd', 'c', 'f', 'h', 'm']);
  });

  it('a block is false when any child of all, or every child of any, is false; an unevaluated condition says nothing', () => {
    // h: all of [true, false]; i: any of [true, false]; j: never evaluated; k: not false; l: not (m false).
    expect(failing()).not.toContain('i');
    expect(failing()).not.toContain('j');
    expect(failing()).not.toContain('k');
    expect(failing()).not.toContain('l');
  });

  it('a rule without conditions has no reason', () => {
    expect(failedConditionNames(null)).toEqual([]);
    expect(failedConditionNames(undefined)).toEqual([]);
  });
});

describe('services', () => {
  it('the covering rule whose payer comes first in the precedence decides; every covering rule is a reason', () => {
    const decisions = decideServices(
      [
        rule('services.osms.x', 'service', { services: ['phc'], payer: 'osms' }),
        rule('services.gobmp.x', 'service', { services: ['phc'], payer: 'gobmp', requires: ['phc_attachment'] }),
      ],
      'service',
      { coverage: { payerPrecedence: PRECEDENCE } },
    );
    expect(decisions.phc).toEqual({
      covered: true,
      payer: 'gobmp',
      reasons: ['services.gobmp.x', 'services.osms.x'],
      requires: ['phc_attachment'],
    });
  });

  it('a ground regardless of status comes before every payer', () => {
    const decisions = decideServices(
      [
        rule('services.gobmp.x', 'service', { services: ['ambulance'], payer: 'gobmp' }, true, { index: 1 }),
        rule(
          'services.regardless.x',
          'service',
          { services: ['ambulance'], payer: 'osms', ground: 'regardless', reason: 'regardless.reason' },
          true,
          { index: 2 },
        ),
      ],
      'service',
      { coverage: { payerPrecedence: PRECEDENCE } },
    );
    expect(decisions.ambulance).toEqual({ covered: true, payer: 'osms', reasons: ['regardless.reason', 'services.gobmp.x'], requires: [] });
  });

  it('between two rules of the same payer the earlier rule decides', () => {
    const decisions = decideServices(
      [
        rule('services.gobmp.later', 'service', { services: ['phc'], payer: 'gobmp' }, true, { index: 9 }),
        rule('services.gobmp.earlier', 'service', { services: ['phc'], payer: 'gobmp', requires: ['phc_attachment'] }, true, { index: 4 }),
      ],
      'service',
      { coverage: { payerPrecedence: PRECEDENCE } },
    );
    expect(decisions.phc).toMatchObject({ requires: ['phc_attachment'], reasons: ['services.gobmp.earlier', 'services.gobmp.later'] });
  });

  it('a rule that did not fire or names no payer does not cover; without a failed named condition the reason is not_covered', () => {
    const decisions = decideServices(
      [
        rule('services.osms.x', 'service', { services: ['day_hospital'], payer: 'osms' }, false, {
          conditions: { all: [{ name: 'no_osms_status', result: false }] },
        }),
        rule('services.derived.x', 'derived-service', { services: ['day_hospital'] }),
        rule('gobmp.full', 'package', { gobmp: 'full' }, true, { eventParams: null }),
      ],
      'service',
      { coverage: { payerPrecedence: PRECEDENCE } },
    );
    expect(decisions.day_hospital).toEqual({ covered: false, payer: null, reasons: ['no_osms_status'], requires: [] });
    expect(decisions.palliative).toEqual({ covered: false, payer: null, reasons: ['not_covered'], requires: [] });
  });
});

describe('the decision', () => {
  const outcome = (status: StageOutcome['insurance']['status']): StageOutcome => ({
    packages: { gobmp: 'full', osms: true, dms: false, vms: false },
    excludedPaymentKinds: [],
    insurance: { status, bases: status === 'insured' ? ['osms.a'] : [], stateInsured: false },
    eligibleScreenings: [],
    services: {},
    grace: null,
  });
  const decide = (status: StageOutcome['insurance']['status'], rules: FiredRule[], trace = false) =>
    assembleDecision({
      asOf: ASOF,
      locale: 'en',
      rulesetVersion: 'test',
      outcome: outcome(status),
      rules,
      trace,
      bibliography: { 'seed:002': { ru: 'РУ', kk: 'ҚАЗ', en: 'The deck', ky: 'КЫР' } },
    });

  it('an insured person’s status lasts until the latest end of the bases; none when a basis has no end or the person is not insured', () => {
    const a = rule('osms.a', 'insurance-basis', { validThrough: '2025-09-30' });
    const b = rule('osms.b', 'insurance-basis', { validThrough: '2025-12-31' });
    expect(decide('insured', [b, a]).insurance.validThrough).toBe('2025-12-31');
    expect(decide('insured', [a, rule('osms.c', 'insurance-basis', {})]).insurance.validThrough).toBeNull();
    expect(decide('not_insured', [a]).insurance.validThrough).toBeNull();
  });

  it('the debt and the monthly contribution come from their rules; a missing amount is none', () => {
    const d = decide('not_insured', [
      rule('osms.debt', 'debt', { months: ['2025-04', '2025-05'], employerMonths: [], amountKzt: 8500 }),
      rule('osms.monthly-contribution', 'monthly-contribution', { amountKzt: 4250 }),
    ]);
    expect(d.insurance.debt).toEqual({ months: ['2025-04', '2025-05'], employerMonths: [], amountKzt: 8500 });
    expect(d.insurance.monthlyContributionKzt).toBe(4250);
    const employer = decide('not_insured', [
      rule('osms.debt', 'debt', { months: ['2025-05'], employerMonths: ['2025-05'], amountKzt: null }),
    ]);
    expect(employer.insurance.debt).toEqual({ months: ['2025-05'], employerMonths: ['2025-05'], amountKzt: null });
    expect(employer.insurance.monthlyContributionKzt).toBeNull();
    expect(decide('insured', []).insurance.debt).toBeNull();
    expect(decide('not_insured', [rule('osms.debt', 'debt', { amountKzt: 0 })]).insurance.debt).toEqual({
      months: [],
      employerMonths: [],
      amountKzt: 0,
    });
  });

  it('quotas are gathered from the quota rules that fired', () => {
    const q = { service: 'therapist', limit: 2, per: 'calendar_year', used: 0, remaining: 2, nextAvailableOn: null };
    const d = decide('not_applicable', [
      rule('quotas.a', 'quotas', { quotas: [q] }),
      rule('quotas.b', 'quotas', { quotas: 'none' }),
      rule('quotas.c', 'quotas', { quotas: [q] }, false),
    ]);
    expect(d.quotas).toEqual([q]);
  });

  it('a screening is eligible by the rules of its programme that fired, otherwise with the names of what failed', () => {
    const d = decide('insured', [
      rule('screening.breast_cancer', 'screening', { program: 'breast_cancer' }),
      rule('screening.cervical_cancer', 'screening', { program: 'cervical_cancer' }, false, {
        conditions: { all: [{ name: 'not_in_age_group', result: false }] },
      }),
      rule('gobmp.full', 'package', { gobmp: 'full' }, true, { eventParams: null }),
      rule('osms.notice', 'notice', { program: 'colorectal_cancer' }),
      rule('screening.glaucoma', 'screening', {}, false, { eventParams: null }),
    ]);
    const of = (program: string) => d.screenings.find((s) => s.program === program);
    expect(of('breast_cancer')).toEqual({ program: 'breast_cancer', eligible: true, reasons: ['screening.breast_cancer'] });
    expect(of('cervical_cancer')).toEqual({ program: 'cervical_cancer', eligible: false, reasons: ['not_in_age_group'] });
    expect(of('colorectal_cancer')).toEqual({ program: 'colorectal_cancer', eligible: false, reasons: ['not_eligible'] });
    expect(
      eligibleScreenings([
        rule('screening.breast_cancer', 'screening', { program: 'breast_cancer' }),
        rule('screening.x', 'screening', { program: 'x' }, false),
      ]),
    ).toEqual(['breast_cancer']);
  });

  it('reasons are the rules that fired, without next steps and quotas, each with its message and source', () => {
    const d = decide('not_insured', [
      rule('gobmp.full', 'package', { gobmp: 'full' }),
      rule('osms.debt', 'debt', { months: [], amountKzt: 0, reason: 'osms.debt' }),
      rule('next-steps.check_status', 'next-step', { step: 'check_status', order: 1 }),
      rule('quotas.dangerous-diseases', 'quotas', { quotas: [] }),
      rule('osms.participant', 'package', { osms: true }, false),
    ]);
    expect(d.reasons.map((r) => r.ruleId)).toEqual(['gobmp.full', 'osms.debt']);
    expect(d.reasons[0]).toMatchObject({ code: 'gobmp.full', source: { document: 'seed:002', title: 'The deck', ref: 'test' } });
    expect(d.reasons[0]?.message).not.toBe('gobmp.full');
    // A reason or an end that is not a string is not used.
    const odd = decide('insured', [rule('osms.a', 'insurance-basis', { reason: 42, validThrough: 20251231 })]);
    expect(odd.reasons[0]?.code).toBe('osms.a');
    expect(odd.insurance.validThrough).toBeNull();
  });

  it('next steps are ordered by their order, then by rule; an amount only when above zero, a deadline only when a date, links only when there are some', () => {
    const d = decide('not_insured', [
      rule(
        'next-steps.b',
        'next-step',
        { step: 'pay_debt', order: 2, amountKzt: 12750, deadline: '2025-07-01', links: ['https://egov.kz'] },
        true,
        { index: 50 },
      ),
      rule('next-steps.a', 'next-step', { step: 'check_status', order: 9, amountKzt: 0, deadline: 20250701, links: [] }, true, {
        index: 10,
      }),
      rule('next-steps.c', 'next-step', { step: 'choose_phc', order: 2, amountKzt: '100' }, true, { index: 40 }),
      rule('next-steps.d', 'next-step', { step: 'attach_family' }, true, { index: 60 }),
    ]);
    expect(d.nextSteps.map((s) => s.code)).toEqual(['attach_family', 'choose_phc', 'pay_debt', 'check_status']);
    const [first, second, third, fourth] = d.nextSteps;
    expect(Object.keys(first ?? {}).sort()).toEqual(['code', 'message']);
    expect(Object.keys(second ?? {}).sort()).toEqual(['code', 'message']);
    expect(third).toMatchObject({ amountKzt: 12750, deadline: '2025-07-01', links: ['https://egov.kz'] });
    expect(Object.keys(fourth ?? {}).sort()).toEqual(['code', 'message']);
  });

  it('the trace is there only when asked for, one entry per rule with its conditions', () => {
    const rules = [rule('gobmp.full', 'package', { gobmp: 'full' }, true, { conditions: { all: [{ fact: 'x', result: true }] } })];
    expect(decide('insured', rules)).not.toHaveProperty('trace');
    expect(decide('insured', rules, true).trace).toEqual([
      { ruleId: 'gobmp.full', stage: 'coverage', result: true, conditions: { all: [{ fact: 'x', result: true }] } },
    ]);
  });
});
