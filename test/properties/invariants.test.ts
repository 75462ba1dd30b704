import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEvaluator, decisionSchema, loadRuleset } from '../../src';
import type { Parameters } from '../../src/parameters/parameters';
import { arbitraries, invariants } from '../../src/testing';
import { fcOptions } from '../support/fc';

// invariants that hold for every valid profile. FC_SEED reproduces a failing run.
const evaluator = createEvaluator();
const parameters = loadRuleset().parameters as Parameters;
const profiles = arbitraries.profile();

describe('properties of every decision', () => {
  it('evaluation never throws on a valid profile', async () => {
    await fc.assert(
      fc.asyncProperty(profiles, async (p) => void (await evaluator.evaluate(p))),
      fcOptions,
    );
  });

  it('the decision validates against decisionSchema and survives a JSON round trip', async () => {
    await fc.assert(
      fc.asyncProperty(profiles, async (p) => {
        const d = await evaluator.evaluate(p);
        expect(decisionSchema.safeParse(d).success).toBe(true);
        expect(JSON.parse(JSON.stringify(d))).toEqual(d);
      }),
      fcOptions,
    );
  });

  it('the same input gives the same output and is not changed', async () => {
    await fc.assert(
      fc.asyncProperty(profiles, async (p) => {
        expect(await invariants.deterministic(evaluator, p)).toEqual([]);
      }),
      fcOptions,
    );
  });

  it('the debt has at most 12 months and its amount is the sum of each month minimum', async () => {
    await fc.assert(
      fc.asyncProperty(profiles, async (p) => {
        const d = await evaluator.evaluate(p);
        expect(d.insurance.debt?.months.length ?? 0).toBeLessThanOrEqual(12);
        const own = p.employment?.[0]?.kind;
        const kind = own === 'individual_entrepreneur' || own === 'private_practice' ? own : 'self_payer';
        expect(invariants.debtAmount(d, kind, parameters, p.settlement)).toEqual([]);
      }),
      fcOptions,
    );
  });

  it('paying an uncovered month never removes insured status and never increases the debt', async () => {
    const withMonth = profiles.chain((p) => fc.tuple(fc.constant(p), fc.integer({ min: 1, max: 24 })));
    await fc.assert(
      fc.asyncProperty(withMonth, async ([p, back]) => {
        const index = Number(p.asOf.slice(0, 4)) * 12 + Number(p.asOf.slice(5, 7)) - 1 - back;
        const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
        expect(await invariants.paymentHelps(evaluator, p, month)).toEqual([]);
      }),
      fcOptions,
    );
  });

  it('a disease dangerous to others always gives ambulance and inpatient cover with a GOBMP package', async () => {
    await fc.assert(
      fc.asyncProperty(profiles, fc.constantFrom('A15.0', 'measles', 'U07.1', 'cholera'), async (p, code) => {
        const d = await evaluator.evaluate({ ...p, conditions: [{ code }] });
        if (d.packages.gobmp === 'none') return;
        for (const service of ['ambulance', 'inpatient_emergency', 'inpatient_planned'] as const)
          expect(d.services[service].covered).toBe(true);
      }),
      fcOptions,
    );
  });

  it('labour always gives emergency inpatient care', async () => {
    await fc.assert(
      fc.asyncProperty(profiles, async (p) => {
        const d = await evaluator.evaluate({ ...p, person: { ...p.person, sex: 'female' }, pregnancy: { inLabour: true } });
        expect(d.services.inpatient_emergency.covered).toBe(true);
      }),
      fcOptions,
    );
  });

  it('every quota has remaining within [0, limit]', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraries.profile({ residency: ['temporary_resident', 'stateless_temporary', 'asylum_seeker'] }), async (p) => {
        const d = await evaluator.evaluate(p);
        expect(d.quotas).toHaveLength(18);
        for (const q of d.quotas) expect(q.remaining >= 0 && q.remaining <= q.limit).toBe(true);
      }),
      fcOptions,
    );
  });

  it('insurance bases are non-empty exactly when the status is insured', async () => {
    await fc.assert(
      fc.asyncProperty(profiles, async (p) => {
        const d = await evaluator.evaluate(p);
        expect(d.insurance.bases.length > 0).toBe(d.insurance.status === 'insured');
      }),
      fcOptions,
    );
  });

  it('moving asOf within a month where no payment, category or effective date changes leaves the status unchanged', async () => {
    const boundaries = loadRuleset().rules.flatMap((r) => [r.meta.effective.from, ...(r.meta.effective.to ? [r.meta.effective.to] : [])]);
    await fc.assert(
      fc.asyncProperty(profiles, fc.integer({ min: 1, max: 27 }), fc.integer({ min: 1, max: 27 }), async (p, a, b) => {
        const day = (n: number) => `${p.asOf.slice(0, 8)}${String(n).padStart(2, '0')}`;
        const [from, to] = [day(Math.min(a, b)), day(Math.max(a, b))];
        const between = (date: string | undefined) => date !== undefined && date > from && date <= to;
        const untilEnds = (until: string | undefined) => until !== undefined && until >= from && until < to;
        const changes = [
          ...(p.payments ?? []).map((x) => between(x.paidOn)),
          ...(p.stateCategories ?? []).flatMap((c) => [between(c.since), untilEnds(c.until)]),
          p.pregnancy !== undefined,
          untilEnds(p.residency.residencePermitUntil),
          p.person.birthDate.slice(5, 7) === p.asOf.slice(5, 7),
          from < p.person.birthDate,
          ...boundaries.map(between),
        ];
        fc.pre(!changes.some(Boolean));
        const first = await evaluator.evaluate({ ...p, asOf: from });
        const second = await evaluator.evaluate({ ...p, asOf: to });
        expect(second.insurance.status).toBe(first.insurance.status);
      }),
      fcOptions,
    );
  });
});
