import { adult, decide, monthly } from './profiles';

type Json = Record<string, unknown>;

/** 12 employer deductions for 2025-02 … 2026-01, paid by 2026-02-10: insured on 2026-03-01 (12 payments). */
export const insuredIn2026 = (extra: Json = {}, residency = 'citizen'): Json =>
  adult(
    {
      employment: [{ kind: 'employee', since: '2024-01-01' }],
      payments: monthly('employer_deduction', '2025-02', 12, 9000, '05'),
      ...extra,
    },
    residency,
  );

/** `{ covered, payer }` of one service, for compact expectations. */
export async function service(profile: Json, asOf: string, code: string) {
  const d = await decide(profile, asOf);
  const s = (d.services as Record<string, { covered: boolean; payer: string | null; reasons: string[]; requires: string[] }>)[code];
  if (!s) throw new Error(`no service ${code}`);
  return s;
}

export const withConditions = (conditions: Json[], base: Json = adult()): Json => ({ ...base, conditions });
