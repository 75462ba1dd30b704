/**
 * Builders for test profiles. They only shape input; every expected value in the tests
 * is written by hand from the rules and the seeds.
 */
import { evaluate } from './untyped';

type Json = Record<string, unknown>;

export const adult = (extra: Json = {}, residency = 'citizen'): Json => ({
  person: { birthDate: '1985-04-12', sex: 'male' },
  residency: { status: residency },
  ...extra,
});

export const woman = (extra: Json = {}): Json => ({
  person: { birthDate: '1993-09-03', sex: 'female' },
  residency: { status: 'citizen' },
  ...extra,
});

function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** `count` monthly records of `kind` from `first` (YYYY-MM), each paid on the 10th of the following month. */
export function monthly(kind: string, first: string, count: number, amountKzt: number, paidDay = '10'): Json[] {
  return Array.from({ length: count }, (_, i) => {
    const period = addMonths(first, i);
    return { kind, period, paidOn: `${addMonths(period, 1)}-${paidDay}`, amountKzt };
  });
}

export const decide = (profile: Json, asOf: string, options: Json = {}) => evaluate(profile, { asOf, ...options });

/** The reason codes of a decision. */
export const codes = (decision: { reasons: { code: string }[] }) => decision.reasons.map((r) => r.code);
