import { describe, expect, it } from 'vitest';
import { evaluate } from '../support/untyped';

// The packages from 2026-01-01: the decisions of 2025-03-01 and 2026-03-01 must differ exactly where the law changed.
const citizen = (conditions: unknown[]) => ({
  person: { birthDate: '1984-06-01', sex: 'female' },
  residency: { status: 'citizen' },
  conditions,
});

async function changedServices(profile: unknown) {
  const before = await evaluate(profile, { asOf: '2025-03-01' });
  const after = await evaluate(profile, { asOf: '2026-03-01' });
  const key = (s: { covered: boolean; payer: string | null }) => `${s.covered}/${s.payer}`;
  const services = before.services as Record<string, { covered: boolean; payer: string | null }>;
  const later = after.services as Record<string, { covered: boolean; payer: string | null }>;
  return Object.keys(services)
    .filter((code) => key(services[code] as never) !== key(later[code] as never))
    .sort();
}

describe('the 2026 changes of GOBMP', () => {
  it('an uninsured citizen followed for diabetes loses exactly follow-up, outpatient drugs and day hospital under GOBMP', async () => {
    expect(await changedServices(citizen([{ code: 'diabetes_mellitus', underObservation: true }]))).toEqual([
      'day_hospital',
      'drugs_outpatient',
      'dynamic_observation',
    ]);
  });

  it('an uninsured citizen with HIV gains exactly follow-up, outpatient drugs and planned admission under GOBMP', async () => {
    expect(await changedServices(citizen([{ code: 'hiv' }]))).toEqual(['drugs_outpatient', 'dynamic_observation', 'inpatient_planned']);
  });

  it('an uninsured citizen followed for hypertension sees no change', async () => {
    expect(await changedServices(citizen([{ code: 'arterial_hypertension', underObservation: true }]))).toEqual([]);
  });
});
