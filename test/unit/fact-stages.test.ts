import { describe, expect, it } from 'vitest';
import { loadRuleset, parseProfile } from '../../src';
import { Almanac } from '../../src/facts/almanac';
import type { StageOutcome } from '../../src/facts/stage-outcome';
import { FACTS, factsOf } from '../../src/facts/registry';
import { STAGE_ORDER } from '../../src/language/stages';

// A fact may be offered to a stage only when what it reads has been decided by then: the packages
// and excluded payment kinds after eligibility, the insurance status and grace after insurance,
// the screenings after consequences, the services after coverage.
const DECIDED_BEFORE: Record<string, (keyof StageOutcome)[]> = {
  eligibility: [],
  insurance: ['packages', 'excludedPaymentKinds'],
  consequences: ['packages', 'excludedPaymentKinds', 'insurance', 'grace'],
  coverage: ['packages', 'excludedPaymentKinds', 'insurance', 'grace', 'eligibleScreenings'],
  derived: ['packages', 'excludedPaymentKinds', 'insurance', 'grace', 'eligibleScreenings', 'services'],
  guidance: ['packages', 'excludedPaymentKinds', 'insurance', 'grace', 'eligibleScreenings', 'services'],
};
const PARAMS: Record<string, Record<string, unknown>> = {
  coveredPayer: { services: ['phc'] },
  arrears: { ownKinds: ['self_payer'] },
  refundableRecords: { ownKinds: ['self_payer'], selfPaidKinds: ['self_payer'] },
  categoryValidThrough: { category: 'registered_unemployed' },
  workingDaysSince: { path: 'pregnancy.registeredOn' },
};
const { parameters } = loadRuleset();
const profile = parseProfile({
  person: { birthDate: '1990-04-12', sex: 'female' },
  residency: { status: 'citizen' },
  employment: [{ kind: 'self_payer' }],
  payments: [{ kind: 'self_payer', period: '2025-03', paidOn: '2025-04-10', amountKzt: 4250 }],
  pregnancy: { registeredOn: '2025-06-02' },
  stateCategories: [{ category: 'registered_unemployed', since: '2025-01-01' }],
});
const outcome: StageOutcome = {
  packages: { gobmp: 'full', osms: true, dms: false, vms: false },
  excludedPaymentKinds: [],
  insurance: { status: 'insured', bases: ['x'], stateInsured: false },
  eligibleScreenings: [],
  services: { phc: { covered: true, payer: 'gobmp', reasons: [], requires: [] } },
  grace: null,
};

describe('the stage of each fact', () => {
  it.each(Object.keys(FACTS))('%s is offered only once what it reads is decided', (name) => {
    const definition = FACTS[name] as (typeof FACTS)[string];
    expect(STAGE_ORDER).toContain(definition.stage);
    const decided = new Set<string>(DECIDED_BEFORE[definition.stage]);
    const guarded = new Proxy(outcome, {
      get(target, key) {
        if (typeof key === 'string' && !decided.has(key)) throw new Error(`${name} reads outcome.${key} before it is decided`);
        return target[key as keyof StageOutcome];
      },
    });
    const ctx = new Almanac(profile, '2025-06-15', parameters, guarded);
    expect(() => definition.value(ctx, PARAMS[name] ?? {})).not.toThrow();
  });

  it('a stage offers its own facts and those of every earlier stage, no later one', () => {
    for (const [i, stage] of STAGE_ORDER.entries()) {
      const offered = new Set(factsOf(stage));
      for (const [name, definition] of Object.entries(FACTS)) {
        expect(offered.has(name)).toBe(STAGE_ORDER.indexOf(definition.stage) <= i);
      }
    }
  });
});
