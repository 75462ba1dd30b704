/**
 * Conditions: the diagnoses a person has on asOf (within parameters.conditionTimeLimits), as
 * the library's codes — an ICD-10 code also as the listed disease its range maps to
 * (parameters.icd10) — and the hepatitis B/C risk groups. They serve the lists of RULES.md 4–6
 * (diseases dangerous to others, chronic diseases under observation, socially significant ones)
 * and the screening exclusions.
 */
import * as z from 'zod/mini';
import { t } from '../language/types';
import { hepatitisRiskGroups } from '../language/codes';
import { shiftMonths } from '../calendar/months';
import type { Almanac } from './almanac';
import { type FactTable, codes, none, params, strings } from './fact';
import { pregnant } from './pregnancy';

/** Whether an ICD-10 code falls in a range: 3-character categories, or full codes when the range has a dot. */
export function inIcdRange(code: string, range: { from: string; to: string }): boolean {
  const key = range.from.includes('.') ? code : code.slice(0, 3);
  return range.from <= key && key <= range.to;
}

/**
 * Conditions the person has on asOf: begun by then, and — for a condition of
 * parameters.conditionTimeLimits — while asOf is before since + that many months.
 */
function activeConditionRecords(a: Almanac) {
  return a.once('activeConditionRecords', () => {
    const limits = a.parameters.conditionTimeLimits;
    return (a.profile.conditions ?? []).filter((c) => {
      if (c.since === undefined) return true;
      if (c.since > a.asOf) return false;
      const months = Object.hasOwn(limits, c.code) ? limits[c.code] : undefined;
      return months === undefined || a.asOf < shiftMonths(c.since, months);
    });
  });
}

/** Our code for a profile condition: itself, or the condition whose ICD-10 range holds it (the library's mapping). */
const codesOf = (a: Almanac, code: string): readonly string[] => {
  const list = a.parameters.icd10;
  let known = codesByList.get(list);
  // A bounded memo across evaluations (the mapping is a function of the code and the list alone).
  if (known === undefined || known.size >= CODES_MEMO_LIMIT) {
    known = new Map();
    codesByList.set(list, known);
  }
  let codes = known.get(code);
  if (codes === undefined) {
    codes = Object.freeze([code, ...list.filter((d) => d.ranges.some((r) => inIcdRange(code, r))).map((d) => d.code)]);
    known.set(code, codes);
  }
  return codes;
};
const codesByList = new WeakMap<object, Map<string, readonly string[]>>();
const CODES_MEMO_LIMIT = 4096;

/** Codes of the conditions the person has on asOf (ICD-10 codes also as the listed disease they map to). */
export function conditionCodes(a: Almanac): string[] {
  return [...new Set(activeConditionRecords(a).flatMap((c) => codesOf(a, c.code)))].sort();
}

/** Codes of the conditions under dynamic observation on asOf, leaving out `except`. */
export function observedConditions(a: Almanac, p: { except?: unknown }): string[] {
  const except = new Set(strings(p.except));
  const found = activeConditionRecords(a)
    .filter((c) => c.underObservation === true)
    .flatMap((c) => codesOf(a, c.code));
  return [...new Set(found)].filter((c) => !except.has(c)).sort();
}

/** Hepatitis B/C risk groups: those the profile states, plus pregnant and hiv from their own fields. */
export function riskGroups(a: Almanac): string[] {
  const groups = new Set<string>(a.profile.riskGroups ?? []);
  if (pregnant(a)) groups.add('pregnant');
  if (conditionCodes(a).includes('hiv')) groups.add('hiv');
  return [...groups].sort();
}

export const conditionFacts = {
  conditionCodes: { stage: 'eligibility', type: t.list(t.string()), params: none, value: conditionCodes },
  observedConditions: {
    stage: 'eligibility',
    type: t.list(t.string()),
    params: params(() => ({ except: z.optional(codes()) })),
    value: observedConditions,
  },
  riskGroups: { stage: 'eligibility', type: t.list(t.code([...hepatitisRiskGroups, 'pregnant', 'hiv'])), params: none, value: riskGroups },
} satisfies FactTable;
