import { describe, expect, it } from 'vitest';
import { evaluate } from '../support/untyped';
import { monthly } from '../support/profiles';

// The service table, written out by hand for an adult woman of 40 with no condition, no DMS/VMS,
// on 2026-03-01. g = covered, GOBMP pays; o = covered, OSMS pays; - = not covered.
// The insured profile has 12 employer deductions (2025-02 … 2026-01) and an employee contract:
// refugees, stateless temporary residents and asylum seekers are not OSMS participants, so the
// deductions give them nothing.
const CLASSES = [
  'citizen',
  'kandas',
  'refugee',
  'permanent_resident',
  'stateless_permanent',
  'temporary_resident',
  'stateless_temporary',
  'asylum_seeker',
];
const UNINSURED = `
ambulance              g g g g g - - -
phc                    g g g g g - - -
outpatient_specialist  - - - - - - - -
dynamic_observation    - - - - - - - -
screening              g g g g g - - -
dental_emergency       - - - - - - - -
dental_planned         - - - - - - - -
day_hospital           - - - - - - - -
inpatient_emergency    g g g g g - - -
inpatient_planned      - - - - - - - -
rehabilitation         - - - - - - - -
palliative             g g g g g - - -
blood_products         g g g g g - - -
pathology              g g g g g - - -
donor_preparation      g g g g g - - -
treatment_abroad       g - - - - - - -
drugs_inpatient        g g g g g - - -
drugs_outpatient       - - - - - - - -
vaccination            g g g g g - - -`;
const INSURED = `
ambulance              g g g g g - - -
phc                    g g g g g - - -
outpatient_specialist  o o - o o o - -
dynamic_observation    - - - - - - - -
screening              g g g g g o - -
dental_emergency       - - - - - - - -
dental_planned         - - - - - - - -
day_hospital           o o - o o o - -
inpatient_emergency    o o g o o o - -
inpatient_planned      o o - o o o - -
rehabilitation         o o - o o o - -
palliative             g g g g g - - -
blood_products         g g g g g - - -
pathology              g g g g g o - -
donor_preparation      g g g g g o - -
treatment_abroad       g - - - - - - -
drugs_inpatient        o o g o o o - -
drugs_outpatient       - - - - - - - -
vaccination            g g g g g - - -`;

const parse = (table: string) =>
  table
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [service = '', ...cells] = line.trim().split(/\s+/);
      return cells.map((cell, i) => ({ service, residency: CLASSES[i] as string, cell }));
    });
const cellOf = (s: { covered: boolean; payer: string | null }) =>
  !s.covered ? '-' : s.payer === 'gobmp' ? 'g' : s.payer === 'osms' ? 'o' : s.payer;

const person = { birthDate: '1985-06-01', sex: 'female' };
const uninsured = (status: string) => ({ person, residency: { status } });
const insured = (status: string) => ({
  person,
  residency: { status },
  employment: [{ kind: 'employee', since: '2024-01-01' }],
  payments: monthly('employer_deduction', '2025-02', 12, 9000, '05'),
});

describe.each([
  ['an uninsured adult', UNINSURED, uninsured],
  ['an insured adult', INSURED, insured],
] as const)('%s on 2026-03-01, every residency class against every service', (_label, table, profileOf) => {
  // One decision per residency class, shared by its 19 cells.
  const decisions = new Map<string, ReturnType<typeof evaluate>>();
  const decisionOf = (residency: string) => {
    if (!decisions.has(residency)) decisions.set(residency, evaluate(profileOf(residency), { asOf: '2026-03-01' }));
    return decisions.get(residency) as ReturnType<typeof evaluate>;
  };
  it.each(parse(table))('$service for a $residency is "$cell"', async ({ service, residency, cell }) => {
    const d = await decisionOf(residency);
    expect(cellOf((d.services as Record<string, { covered: boolean; payer: string | null }>)[service] as never)).toBe(cell);
  });
});
