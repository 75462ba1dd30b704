import { describe, expect, it } from 'vitest';
import { insuredIn2026, service, withConditions } from '../../support/services';

// rules/services/gobmp-socially-significant.json — and 6.1, from 2026-01-01
const withHiv = withConditions([{ code: 'hiv' }]);

describe('socially significant diseases treated under GOBMP from 2026', () => {
  it('an uninsured citizen with HIV is not admitted for planned care on 2025-12-31 but is on 2026-01-01', async () => {
    expect((await service(withHiv, '2025-12-31', 'inpatient_planned')).covered).toBe(false);
    expect(await service(withHiv, '2026-01-01', 'inpatient_planned')).toMatchObject({
      covered: true,
      payer: 'gobmp',
      reasons: ['services.gobmp.socially-significant'],
    });
  });

  it('a stroke gives follow-up under GOBMP from 2026, not before', async () => {
    const stroke = withConditions([{ code: 'stroke' }]);
    expect((await service(stroke, '2025-12-31', 'dynamic_observation')).covered).toBe(false);
    expect((await service(stroke, '2026-01-01', 'dynamic_observation')).payer).toBe('gobmp');
  });

  it('for an insured person with cancer in 2026 GOBMP pays planned care before OSMS', async () => {
    expect((await service(insuredIn2026({ conditions: [{ code: 'malignant_neoplasm' }] }), '2026-03-01', 'inpatient_planned')).payer).toBe(
      'gobmp',
    );
  });
});

describe('the time limits of 6.1 (revision 2)', () => {
  it('a stroke counts for its first year: since 2025-03-01, it counts on 2026-02-28 and no longer on 2026-03-01', async () => {
    const stroke = withConditions([{ code: 'stroke', since: '2025-03-01' }]);
    expect((await service(stroke, '2026-02-28', 'inpatient_planned')).covered).toBe(true);
    expect((await service(stroke, '2026-03-01', 'inpatient_planned')).covered).toBe(false);
  });

  it('a myocardial infarction counts for 6 months: since 2025-08-31, it counts on 2026-02-27 and no longer on 2026-02-28', async () => {
    // date-fns addMonths(2025-08-31, 6) = 2026-02-28 (the last day of February).
    const infarction = withConditions([{ code: 'acute_myocardial_infarction', since: '2025-08-31' }]);
    expect((await service(infarction, '2026-02-27', 'day_hospital')).covered).toBe(true);
    expect((await service(infarction, '2026-02-28', 'day_hospital')).covered).toBe(false);
  });

  it('without since a stroke counts as current, and a condition not yet begun does not count', async () => {
    expect((await service(withConditions([{ code: 'stroke' }]), '2026-06-01', 'inpatient_planned')).covered).toBe(true);
    expect((await service(withConditions([{ code: 'stroke', since: '2026-07-01' }]), '2026-06-01', 'inpatient_planned')).covered).toBe(
      false,
    );
  });

  it('bone tuberculosis (A18.0) is still tuberculosis for the socially significant list', async () => {
    expect(await service(withConditions([{ code: 'A18.0' }]), '2026-03-01', 'inpatient_planned')).toMatchObject({
      covered: true,
      payer: 'gobmp',
    });
  });
});

describe('the services of the 6.1 conditions (revision 3)', () => {
  const SERVICES = ['outpatient_specialist', 'dynamic_observation', 'day_hospital', 'inpatient_planned', 'drugs_outpatient'];

  it.each([
    'tuberculosis',
    'hiv',
    'chronic_viral_hepatitis',
    'malignant_neoplasm',
    'mental_disorders',
    'acute_myocardial_infarction',
    'orphan_disease',
    'cns_degenerative',
    'demyelinating_disease',
    'epilepsy',
    'stroke',
  ])('an uninsured citizen with %s has all five services under GOBMP on 2026-01-01, without being under observation', async (code) => {
    for (const s of SERVICES)
      expect(await service(withConditions([{ code }]), '2026-01-01', s), `${code} ${s}`).toMatchObject({ covered: true, payer: 'gobmp' });
  });

  it('an insured citizen’s payer is still gobmp, and the regardless reason comes first', async () => {
    const insured = insuredIn2026({ conditions: [{ code: 'epilepsy', underObservation: true }] });
    for (const s of SERVICES) {
      const decided = await service(insured, '2026-03-01', s);
      expect(decided.payer, s).toBe('gobmp');
      expect(decided.reasons[0], s).toBe('services.gobmp.socially-significant');
    }
  });

  it('a temporarily residing foreigner with HIV (the dangerous-diseases package) is not covered by it', async () => {
    expect(
      (
        await service(
          withConditions([{ code: 'hiv' }], {
            person: { birthDate: '1985-04-12', sex: 'male' },
            residency: { status: 'temporary_resident' },
          }),
          '2026-03-01',
          'dynamic_observation',
        )
      ).covered,
    ).toBe(false);
  });

  it('a myocardial infarction since 2025-09-15 counts through 2026-03-14 and no longer on 2026-03-15, for every service', async () => {
    const infarction = withConditions([{ code: 'acute_myocardial_infarction', since: '2025-09-15' }]);
    for (const s of SERVICES) {
      expect((await service(infarction, '2026-03-14', s)).covered, s).toBe(true);
      expect((await service(infarction, '2026-03-15', s)).covered, s).toBe(false);
    }
  });
});
