import { decide } from './profiles';

/** A person of `age` full years on 2025-06-15 (born on 2025-06-15 minus age years) and their screening result. */
export async function screening(program: string, who: { age: number; sex: string; conditions?: unknown[]; extra?: Record<string, unknown> }) {
  const birthDate = `${2025 - who.age}-06-15`;
  const d = await decide(
    { person: { birthDate, sex: who.sex }, residency: { status: 'citizen' }, ...(who.conditions ? { conditions: who.conditions } : {}), ...who.extra },
    '2025-06-15',
  );
  const found = d.screenings.find((s) => s.program === program);
  if (!found) throw new Error(`no screening ${program}`);
  return { eligible: found.eligible, reasons: found.reasons };
}
