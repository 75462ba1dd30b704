/**
 * `kz-health-coverage/testing`: fast-check arbitraries that build valid profiles by
 * construction, and invariant checks a rule author runs against a changed ruleset.
 * fast-check is a peer dependency of this entry only.
 */
import fc from 'fast-check';
import { type Decision, decisionSchema } from '../decision/schema';
import type { Evaluator } from '../evaluator';
import { minimumMonthlyKzt } from '../facts/ledger';
import { firstDayOfMonth, lastDayOfMonth, monthIndex, monthString } from '../calendar/months';
import type { Payment, Profile, ProfileInput, ResidencyClass } from '../profile/schema';
import { residencyClasses, stateCategoryCodes } from '../language/codes';
import { loadRuleset } from '../ruleset/load';
import type { DatedParameters } from '../parameters/parameters';
import { parametersOn } from '../parameters/dated';

/**
 * How the generated person pays contributions (`employee`: the employer deducts; `none`: no payments).
 *
 * @example
 * arbitraries.profile({ payingKind: ['self_payer', 'none'] })
 */
export type PayingKind = 'self_payer' | 'individual_entrepreneur' | 'private_practice' | 'employee' | 'esp_payer' | 'none';

/**
 * What `arbitraries.ledger` may generate.
 *
 * @example
 * const constraints: LedgerConstraints = { kind: 'self_payer', asOf: '2025-06-15', monthsBack: 24, gaps: false }
 */
export interface LedgerConstraints {
  /** Payment kind of every record (default: the kind of `payingKind`). */
  kind?: Payment['kind'];
  /** The ledger covers months up to and including the month of this date. */
  asOf: string;
  /** How many months back the ledger may start (default 36). */
  monthsBack?: number;
  /** At most this many records (default 40). */
  maxLength?: number;
  /** Allow months without a record and records below the minimum (default true). */
  gaps?: boolean;
  /** Where the person lives, for the ESP amounts (city: 1 MCI, elsewhere 0.5 MCI). */
  settlement?: 'city' | 'other';
  /** The parameters that price each month (default: the shipped ones). */
  parameters?: DatedParameters;
}

/**
 * What `arbitraries.profile` may generate; every field narrows the profiles, none is required.
 *
 * @example
 * const constraints: ProfileConstraints = { residency: 'citizen', payingKind: 'self_payer', ledger: { maxLength: 24, gaps: true } }
 */
export interface ProfileConstraints {
  /** The residency class, or the classes to pick from (default: all eight). */
  residency?: ResidencyClass | ResidencyClass[];
  /** How the person pays, or the kinds to pick from (default: all). */
  payingKind?: PayingKind | PayingKind[];
  /** Range of asOf, YYYY-MM-DD (default 2020-01-01 … 2026-12-31). */
  asOf?: { min: string; max: string };
  /** Length, reach and gaps of the payment ledger. */
  ledger?: Omit<LedgerConstraints, 'asOf' | 'kind' | 'parameters'>;
}

const PAYMENT_KIND: Record<PayingKind, Payment['kind'] | null> = {
  self_payer: 'self_payer',
  individual_entrepreneur: 'individual_entrepreneur',
  private_practice: 'private_practice',
  employee: 'employer_deduction',
  esp_payer: 'esp',
  none: null,
};

const pick = <T>(value: T | T[] | undefined, all: readonly T[]) =>
  fc.constantFrom(...(value === undefined ? all : Array.isArray(value) ? value : [value]));
const DAY = 86_400_000;
const dateBetween = (min: string, max: string) =>
  fc
    .integer({ min: Date.parse(`${min}T00:00:00Z`) / DAY, max: Date.parse(`${max}T00:00:00Z`) / DAY })
    .map((d) => new Date(d * DAY).toISOString().slice(0, 10));

/**
 * Monthly payment records ending at the month of `asOf`: each either the month's minimum for
 * its kind (regular) or, with gaps, missing or short. Fixed amounts come from the parameters.
 *
 * @example
 * fc.assert(fc.property(arbitraries.ledger({ kind: 'self_payer', asOf: '2025-06-15' }), (ledger) => ledger.length <= 40))
 */
function ledger(c: LedgerConstraints): fc.Arbitrary<Payment[]> {
  const parameters = c.parameters ?? loadRuleset().parameters;
  const kind = c.kind ?? 'self_payer';
  const current = monthIndex(c.asOf);
  const back = c.monthsBack ?? 36;
  const gaps = c.gaps ?? true;
  const record = fc
    .record({
      offset: fc.integer({ min: 0, max: back }),
      short: gaps ? fc.boolean() : fc.constant(false),
      paidDay: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ offset, short, paidDay }): Payment => {
      const month = current - offset;
      const minimum = minimumMonthlyKzt(parameters, kind, month, c.settlement);
      const regular = typeof minimum === 'number' ? minimum : 9000;
      const paidOn = `${monthString(month)}-${String(paidDay).padStart(2, '0')}`;
      return {
        kind,
        period: monthString(month),
        paidOn: paidOn > c.asOf ? c.asOf : paidOn,
        amountKzt: short ? Math.floor(regular / 2) : regular,
      };
    });
  return fc.array(record, { maxLength: c.maxLength ?? 40 });
}

/**
 * A valid profile with `asOf`: residency, paying kind, payments, and now and then a state
 * category, a condition, a pregnancy, a DMS policy and quota use.
 *
 * @example
 * fc.assert(fc.asyncProperty(arbitraries.profile({ residency: 'citizen' }), async (p) => (await evaluate(p)).asOf === p.asOf))
 */
function profile(c: ProfileConstraints = {}): fc.Arbitrary<Profile & { asOf: string }> {
  const range = c.asOf ?? { min: '2020-01-01', max: '2026-12-31' };
  return fc
    .record({
      asOf: dateBetween(range.min, range.max),
      residency: pick(c.residency, residencyClasses),
      payingKind: pick(c.payingKind, Object.keys(PAYMENT_KIND) as PayingKind[]),
      age: fc.integer({ min: 0, max: 90 }),
      birthMonth: fc.integer({ min: 1, max: 12 }),
      birthDay: fc.integer({ min: 1, max: 28 }),
      sex: fc.constantFrom('female' as const, 'male' as const),
      settlement: fc.constantFrom('city' as const, 'other' as const),
      category: fc.option(
        fc.record({
          category: fc.constantFrom(...stateCategoryCodes),
          startBack: fc.integer({ min: 0, max: 800 }),
          length: fc.option(fc.integer({ min: 0, max: 800 })),
        }),
      ),
      condition: fc.option(
        fc.record({
          code: fc.constantFrom('A15.0', 'measles', 'hiv', 'diabetes_mellitus', 'arterial_hypertension', 'malignant_neoplasm'),
          underObservation: fc.boolean(),
        }),
      ),
      pregnancy: fc.option(
        fc.record({
          registeredBack: fc.integer({ min: 0, max: 400 }),
          inLabour: fc.boolean(),
          endedAfter: fc.option(fc.integer({ min: 0, max: 320 })),
        }),
      ),
      award: fc.option(
        fc.constantFrom(
          'altyn_alka' as const,
          'kumis_alka' as const,
          'batyr_ana' as const,
          'ana_dankhy_1' as const,
          'ana_dankhy_2' as const,
        ),
      ),
      permitBack: fc.option(fc.integer({ min: -400, max: 400 })),
      statement: fc.option(
        fc.record({
          back: fc.integer({ min: 0, max: 30 }),
          status: fc.option(fc.constantFrom('insured' as const, 'not_insured' as const)),
          debtBack: fc.array(fc.integer({ min: 1, max: 24 }), { maxLength: 4 }),
        }),
      ),
      dms: fc.option(fc.integer({ min: -60, max: 300 })),
      usage: fc.array(
        fc.record({
          service: fc.constantFrom('therapist' as const, 'chest_xray' as const, 'eeg' as const),
          back: fc.integer({ min: 0, max: 400 }),
        }),
        { maxLength: 4 },
      ),
      seed: fc.integer(),
    })
    .chain((p) => {
      const kind = PAYMENT_KIND[p.payingKind];
      const payments = kind === null ? fc.constant([] as Payment[]) : ledger({ ...c.ledger, kind, asOf: p.asOf, settlement: p.settlement });
      return payments.map((ledgerRecords) => {
        const shift = (days: number) => new Date(Date.parse(`${p.asOf}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);
        const birthYear = Number(p.asOf.slice(0, 4)) - p.age;
        const monthDay = `${String(p.birthMonth).padStart(2, '0')}-${String(p.birthDay).padStart(2, '0')}`;
        const birthDate = `${birthYear}-${monthDay}` > p.asOf ? `${birthYear - 1}-${monthDay}` : `${birthYear}-${monthDay}`;
        const notBeforeBirth = (date: string) => (date < birthDate ? birthDate : date);
        const result: Profile & { asOf: string } = {
          asOf: p.asOf,
          person: { birthDate, sex: p.sex },
          residency: { status: p.residency },
          settlement: p.settlement,
          employment: p.payingKind === 'none' ? [] : [{ kind: p.payingKind }],
          // Nothing is paid for a month before the birth, nor before the birth date.
          payments: ledgerRecords.filter((r) => r.period >= birthDate.slice(0, 7) && r.paidOn >= birthDate),
          serviceUsage: p.usage.map((u) => ({ service: u.service, date: shift(u.back) })),
        };
        if (p.category) {
          const start = notBeforeBirth(shift(p.category.startBack));
          const end = p.category.length === null ? undefined : notBeforeBirth(shift(Math.max(0, p.category.startBack - p.category.length)));
          result.stateCategories = [
            {
              category: p.category.category,
              since: start,
              ...(end !== undefined ? { until: end < start ? start : end } : {}),
              ...(p.category.category === 'mother_many_children' && p.award !== null ? { award: p.award } : {}),
            },
          ];
        }
        if (p.condition) result.conditions = [p.condition];
        if (p.pregnancy && p.sex === 'female' && p.age >= 16 && p.age <= 50) {
          const registeredOn = shift(p.pregnancy.registeredBack);
          const endedOn = p.pregnancy.endedAfter === null ? undefined : shift(p.pregnancy.registeredBack - p.pregnancy.endedAfter);
          result.pregnancy = {
            registeredOn,
            inLabour: p.pregnancy.inLabour,
            ...(endedOn !== undefined && endedOn >= registeredOn ? { endedOn } : {}),
          };
        }
        if (p.permitBack !== null && (p.residency === 'permanent_resident' || p.residency === 'stateless_permanent')) {
          result.residency.residencePermitUntil = shift(p.permitBack);
        }
        if (p.statement) {
          const current = monthIndex(p.asOf);
          result.fundStatement = {
            checkedOn: shift(p.statement.back),
            ...(p.statement.status !== null ? { status: p.statement.status } : {}),
            debtMonths: [...new Set(p.statement.debtBack.map((b) => monthString(current - b)))].filter((m) => m >= birthDate.slice(0, 7)),
          };
        }
        if (p.dms !== null)
          result.insurance = [{ type: 'dms', validFrom: shift(365), validTo: shift(-p.dms) < shift(365) ? shift(365) : shift(-p.dms) }];
        return result;
      });
    });
}

/**
 * fast-check arbitraries that build valid inputs by construction: `profile(constraints?)` a whole
 * profile with `asOf`, `ledger(constraints)` payment records alone.
 *
 * @example
 * fc.assert(fc.asyncProperty(arbitraries.profile({ residency: 'citizen' }), async (p) => (await evaluate(p)).asOf === p.asOf))
 * fc.sample(arbitraries.ledger({ kind: 'self_payer', asOf: '2025-06-15', gaps: false }), 1)
 */
export const arbitraries: {
  /** A valid profile with `asOf`, within the constraints. */
  profile: (constraints?: ProfileConstraints) => fc.Arbitrary<Profile & { asOf: string }>;
  /** Payment records of one kind up to `asOf`, with or without gaps. */
  ledger: (constraints: LedgerConstraints) => fc.Arbitrary<Payment[]>;
} = { profile, ledger };

let shipped: DatedParameters | undefined;
/** The shipped parameters, loaded once (loadRuleset copies the whole ruleset). */
const shippedParameters = (): DatedParameters => (shipped ??= loadRuleset().parameters);

/**
 * A regular single-month record of `kind` for `month`, paid on its first day (at most asOf),
 * of the month's minimum amount; `null` when the kind pays no fixed amount that month.
 *
 * @example
 * regularPayment('self_payer', '2025-05', '2025-06-15') // { kind: 'self_payer', period: '2025-05', paidOn: '2025-05-01', amountKzt: 4250 }
 */
export function regularPayment(kind: Payment['kind'], month: string, asOf: string, settlement?: 'city' | 'other'): Payment | null {
  const parameters = shippedParameters();
  const minimum = minimumMonthlyKzt(parameters, kind, monthIndex(month), settlement);
  if (minimum === undefined) return null;
  const paidOn = firstDayOfMonth(monthIndex(month)) > asOf ? asOf : firstDayOfMonth(monthIndex(month));
  return { kind, period: month, paidOn, amountKzt: minimum ?? 9000 };
}

/** Whether a value comes back the same from JSON: null, booleans, finite numbers, strings, arrays and plain objects without undefined. */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && Object.values(value).every(isPlainJson);
}

/**
 * Invariants of every decision. Each returns the list of violations (empty when it holds),
 * so a property test can `expect(check(...)).toEqual([])` and see what broke.
 *
 * @example
 * expect(invariants.decision(await evaluator.evaluate(profile))).toEqual([])
 */
export const invariants = {
  /**
   * The decision is plain data of the Decision shape; bases are non-empty exactly when
   * insured; debt has at most `debt.capMonths` months (12); every quota's remaining is within [0, limit].
   *
   * @example
   * expect(invariants.decision(await evaluator.evaluate(profile))).toEqual([])
   */
  decision(d: Decision, parameters: DatedParameters = loadRuleset().parameters): string[] {
    const capMonths = parametersOn(parameters, d.asOf).debt.capMonths;
    const problems: string[] = [];
    if (!decisionSchema.safeParse(d).success) problems.push('does not match decisionSchema');
    if (!isPlainJson(d)) problems.push('does not survive a JSON round trip');
    if (d.insurance.bases.length > 0 !== (d.insurance.status === 'insured')) problems.push('bases are non-empty iff insured');
    if ((d.insurance.debt?.months.length ?? 0) > capMonths) problems.push(`debt over ${capMonths} months`);
    for (const q of d.quotas) if (q.remaining < 0 || q.remaining > q.limit) problems.push(`quota ${q.service} remaining out of range`);
    return problems;
  },

  /**
   * The debt amount is the sum, over the person's own debt months (not the employer's), of each month's minimum at the rate of `kind`.
   *
   * @example
   * expect(invariants.debtAmount(decision, 'self_payer', parameters)).toEqual([])
   */
  debtAmount(d: Decision, kind: string, parameters: DatedParameters, settlement?: 'city' | 'other'): string[] {
    const debt = d.insurance.debt;
    if (!debt || debt.amountKzt === null) return [];
    // The employer's months carry no amount: the person owes only the others.
    const own = debt.months.filter((m) => !debt.employerMonths.includes(m));
    const sum = own.reduce((total, m) => total + (minimumMonthlyKzt(parameters, kind, monthIndex(m), settlement ?? 'city') ?? 0), 0);
    return Math.abs(sum - debt.amountKzt) < 0.005 ? [] : [`debt ${debt.amountKzt} ≠ Σ monthly minimum ${sum}`];
  },

  /**
   * Evaluating twice gives the same decision and leaves the input unchanged.
   *
   * @example
   * expect(await invariants.deterministic(evaluator, profile)).toEqual([])
   */
  async deterministic(evaluator: Evaluator, input: unknown): Promise<string[]> {
    const before = JSON.stringify(input);
    const first = JSON.stringify(await evaluator.evaluate(input as ProfileInput));
    const second = JSON.stringify(await evaluator.evaluate(input as ProfileInput));
    const problems: string[] = [];
    if (first !== second) problems.push('two evaluations differ');
    if (JSON.stringify(input) !== before) problems.push('the input was changed');
    return problems;
  },

  /**
   * Adding a regular payment for an uncovered month before asOf never turns insured into
   * not insured and never increases the debt (the ESP exclusion of the pregnancy rule aside).
   *
   * @example
   * expect(await invariants.paymentHelps(evaluator, profile, '2025-03')).toEqual([])
   */
  async paymentHelps(evaluator: Evaluator, input: Profile & { asOf: string }, month: string): Promise<string[]> {
    const kind = input.payments?.[0]?.kind ?? 'self_payer';
    if (kind === 'esp' && input.pregnancy) return [];
    const payment = regularPayment(kind, month, input.asOf, input.settlement);
    if (!payment || month >= input.asOf.slice(0, 7) || lastDayOfMonth(monthIndex(month)) < input.person.birthDate) return [];
    const before = await evaluator.evaluate(input);
    const after = await evaluator.evaluate({ ...input, payments: [...(input.payments ?? []), payment] });
    const problems: string[] = [];
    if (before.insurance.status === 'insured' && after.insurance.status !== 'insured')
      problems.push(`paying ${month} removed insured status`);
    const owed = (d: Decision) => d.insurance.debt?.months.length ?? 0;
    if (owed(after) > owed(before)) problems.push(`paying ${month} increased the debt`);
    const amount = (d: Decision) => d.insurance.debt?.amountKzt ?? 0;
    if (amount(after) > amount(before)) problems.push(`paying ${month} increased the amount owed`);
    return problems;
  },
};
