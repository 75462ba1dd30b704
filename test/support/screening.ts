import { describe, expect, it } from 'vitest';
import { decide } from './profiles';

/** A person of `age` full years on 2025-06-15 (born on 2025-06-15 minus age years) and their screening result. */
export async function screening(
  program: string,
  who: { age: number; sex: string; conditions?: unknown[]; extra?: Record<string, unknown> },
) {
  const birthDate = `${2025 - who.age}-06-15`;
  const d = await decide(
    {
      person: { birthDate, sex: who.sex },
      residency: { status: 'citizen' },
      ...(who.conditions ? { conditions: who.conditions } : {}),
      ...who.extra,
    },
    '2025-06-15',
  );
  const found = d.screenings.find((s) => s.program === program);
  if (!found) throw new Error(`no screening ${program}`);
  return { eligible: found.eligible, reasons: found.reasons };
}

/**
 * The cases of an age-bounded screening programme, from bounds written by
 * hand in each test file: the age below the minimum and above the maximum are out, the
 * bounds and 69 are in; the sexes not screened are out; observation of the excluding
 * condition excludes, the condition without observation does not.
 */
export function ageBoundedScreeningCases(p: {
  program: string;
  minAge: number;
  maxAge: number;
  sexes: ('female' | 'male')[];
  excludedWhenObserved?: string;
}) {
  const sex = p.sexes[0] as string;
  const mid = p.minAge + 5;
  describe(`the ${p.program} screening`, () => {
    it(`a ${sex} aged ${p.minAge - 1} is not eligible, aged ${p.minAge} is`, async () => {
      expect(await screening(p.program, { age: p.minAge - 1, sex })).toEqual({ eligible: false, reasons: ['age_out_of_range'] });
      expect((await screening(p.program, { age: p.minAge, sex })).eligible).toBe(true);
    });

    it(`aged ${p.maxAge - 1} and ${p.maxAge} are eligible, ${p.maxAge + 1} is not`, async () => {
      expect((await screening(p.program, { age: p.maxAge - 1, sex })).eligible).toBe(true);
      expect((await screening(p.program, { age: p.maxAge, sex })).eligible).toBe(true);
      expect(await screening(p.program, { age: p.maxAge + 1, sex })).toEqual({ eligible: false, reasons: ['age_out_of_range'] });
    });

    for (const other of (['female', 'male'] as const).filter((s) => !p.sexes.includes(s))) {
      it(`a ${other} aged ${mid} is not screened`, async () => {
        expect(await screening(p.program, { age: mid, sex: other })).toEqual({ eligible: false, reasons: ['sex_not_screened'] });
      });
    }

    const excluded = p.excludedWhenObserved;
    if (excluded) {
      it(`observation for ${excluded} excludes; the same condition without observation does not`, async () => {
        expect(await screening(p.program, { age: mid, sex, conditions: [{ code: excluded, underObservation: true }] })).toEqual({
          eligible: false,
          reasons: ['under_observation'],
        });
        expect((await screening(p.program, { age: mid, sex, conditions: [{ code: excluded }] })).eligible).toBe(true);
      });
    } else {
      it('no condition under observation excludes anyone', async () => {
        expect(
          (await screening(p.program, { age: mid, sex, conditions: [{ code: 'diabetes_mellitus', underObservation: true }] })).eligible,
        ).toBe(true);
      });
    }
  });
}
