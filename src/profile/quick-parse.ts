/**
 * The fast path of profile validation: a hand-written check of the profile schema that only
 * answers "certainly valid", with the copy zod would return (its keys in the schema's order, an
 * optional key given as `undefined` kept), or "not sure" — and then zod itself judges the input
 * and explains every problem. It accepts less than zod (only plain objects and arrays, strings
 * measured in UTF-16 units where zod counts code points), never more: the differential test
 * (test/properties/quick-parse.test.ts) holds it against zod on valid and mutated profiles.
 *
 * Each property is read once, so a getter cannot answer one thing to the check and another to
 * the decision: the decision is made from the copy.
 */
import data from '../generated/data.json';
import { type ValueType, t } from '../language/types';
import { isValidIin } from './iin';
import { LIMITS, type Profile } from './schema';
import { isSupportedDate, isSupportedMonth } from '../calendar/dates';
import {
  employmentKinds,
  hepatitisRiskGroups,
  motherAwards,
  paymentKinds,
  quotaServices,
  residencyClasses,
  stateCategoryCodes,
} from '../language/codes';

/** "Not sure": the input goes to zod. */
const NO: unique symbol = Symbol('not sure');
/** A check of one part of the profile, with the type of what it lets through (for the rule language). */
type Check = ((value: unknown) => unknown) & { type: ValueType };
const typed = (check: (value: unknown) => unknown, type: ValueType): Check => Object.assign(check, { type });

const date = typed((v) => (typeof v === 'string' && v.length <= 10 && isSupportedDate(v) ? v : NO), t.date());
const month = typed((v) => (typeof v === 'string' && v.length <= 7 && isSupportedMonth(v) ? v : NO), t.month());
const bool = typed((v) => (typeof v === 'boolean' ? v : NO), t.boolean());

function oneOf(values: readonly (string | number)[]): Check {
  const set = new Set<unknown>(values);
  const type: ValueType = values.every((v) => typeof v === 'string')
    ? t.code(values)
    : { kind: 'number', integer: true, values: values as number[] };
  return typed((v) => (set.has(v) ? v : NO), type);
}

function integer(min: number, max: number): Check {
  return typed((v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max ? v : NO), t.integer());
}

function number(min: number, max: number): Check {
  return typed((v) => (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : NO), t.number());
}

function text(maxUnits: number, test: (v: string) => boolean): Check {
  return typed((v) => (typeof v === 'string' && v.length <= maxUnits && test(v) ? v : NO), t.string());
}

/** A plain array of at most `max` items, every one of them (holes included) valid. */
function list(item: Check, max: number = LIMITS.arrayItems): Check {
  return typed((v) => {
    if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype || v.length > max) return NO;
    const out: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const checked = item(v[i]);
      if (checked === NO) return NO;
      out[i] = checked;
    }
    return out;
  }, t.list(item.type));
}

type Shape = Record<string, readonly [Check, 'required' | 'optional']>;
const req = (check: Check) => [check, 'required'] as const;
const opt = (check: Check) => [check, 'optional'] as const;

/** A plain object with no key outside the shape; a copy with the shape's keys in its order. */
function object(shape: Shape): Check {
  const keys = Object.keys(shape);
  const checks = keys.map((key) => (shape[key] as Shape[string])[0]);
  const optional = keys.map((key) => (shape[key] as Shape[string])[1] === 'optional');
  const fields = Object.fromEntries(
    keys.map((key, i) => [key, optional[i] ? t.optional((checks[i] as Check).type) : (checks[i] as Check).type]),
  );
  return typed((v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return NO;
    const prototype = Object.getPrototypeOf(v);
    if (prototype !== Object.prototype && prototype !== null) return NO;
    // zod looks for unknown keys with for…in (inherited enumerable keys too).
    for (const key in v) if (!Object.hasOwn(shape, key)) return NO;
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const value = input[key];
      if (value === undefined) {
        if (!optional[i]) return NO;
        if (key in input) out[key] = undefined;
        continue;
      }
      const checked = (checks[i] as Check)(value);
      if (checked === NO) return NO;
      out[key] = checked;
    }
    return out;
  }, t.object(fields));
}

const conditionCodes = new Set(Object.values(data.parameters.conditionGroups).flatMap((group) => group.values.flatMap((v) => v.value)));
const ICD10 = /^[A-Z]\d{2}(\.[0-9A-Z]{1,2})?$/;

/** The profile schema of src/profile/schema.ts, key for key. */
const profile = object({
  asOf: opt(date),
  person: req(object({ birthDate: req(date), sex: req(oneOf(['female', 'male'])), iin: opt(text(12, isValidIin)) })),
  residency: req(object({ status: req(oneOf(residencyClasses)), eaeu: opt(bool), residencePermitUntil: opt(date) })),
  settlement: opt(oneOf(['city', 'other'])),
  employment: opt(list(object({ kind: req(oneOf(employmentKinds)), since: opt(date), until: opt(date) }))),
  stateCategories: opt(
    list(object({ category: req(oneOf(stateCategoryCodes)), since: req(date), until: opt(date), award: opt(oneOf(motherAwards)) })),
  ),
  payments: opt(
    list(
      object({
        kind: req(oneOf(paymentKinds)),
        period: req(month),
        months: opt(integer(1, 120)),
        paidOn: req(date),
        amountKzt: req(number(0, 1e12)),
      }),
    ),
  ),
  pregnancy: opt(object({ registeredOn: opt(date), endedOn: opt(date), inLabour: opt(bool), lifeThreat: opt(bool) })),
  disability: opt(object({ group: req(oneOf([1, 2, 3])), sinceChildhood: opt(bool) })),
  conditions: opt(
    list(
      object({
        code: req(text(LIMITS.stringLength, (c) => conditionCodes.has(c) || ICD10.test(c))),
        since: opt(date),
        underObservation: opt(bool),
      }),
    ),
  ),
  education: opt(
    object({ fullTime: req(bool), location: req(oneOf(['domestic', 'abroad'])), inNobd: opt(bool), registeredAbroad: opt(bool) }),
  ),
  insurance: opt(
    list(
      object({
        type: req(oneOf(['dms', 'vms'])),
        validFrom: req(date),
        validTo: req(date),
        covers: opt(list(oneOf(['phc', 'inpatient_emergency']), 2)),
      }),
    ),
  ),
  attachment: opt(object({ attached: req(bool), since: opt(date), hasEds: opt(bool) })),
  family: opt(list(object({ relation: req(oneOf(['spouse', 'child', 'other'])), birthDate: req(date), attached: opt(bool) }))),
  serviceUsage: opt(list(object({ service: req(oneOf(quotaServices)), date: req(date) }))),
  visit: opt(object({ emergency: opt(bool), referral: opt(bool), specialist: opt(oneOf(quotaServices)) })),
  riskGroups: opt(list(oneOf(hepatitisRiskGroups), 10)),
  fundStatement: opt(object({ checkedOn: req(date), status: opt(oneOf(['insured', 'not_insured'])), debtMonths: opt(list(month)) })),
});

/** The type of a valid profile, for the rule language (what `{ "fact": "profile", "path": … }` reads). */
export const PROFILE_TYPE: ValueType = profile.type;

/**
 * The profile as zod would return it, when the input is certainly valid in shape; `undefined`
 * when zod must judge it (it may still be valid).
 *
 * @example
 * quickParse({ person: { birthDate: '1990-04-12', sex: 'male' }, residency: { status: 'citizen' } }) // the copy
 * quickParse({ person: {} }) // undefined: zod explains
 */
export function quickParse(input: unknown): Profile | undefined {
  const checked = profile(input);
  return checked === NO ? undefined : (checked as Profile);
}
