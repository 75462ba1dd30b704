import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { insuredIn2026, service } from '../../support/services';

// rules/services/gobmp-admission-department.json — seed 002 ТМККК 9
describe('emergency admission of a person who is not insured', () => {
  it('an uninsured citizen is admitted in an emergency under GOBMP', async () => {
    expect(await service(adult(), '2025-06-15', 'inpatient_emergency')).toMatchObject({
      covered: true,
      payer: 'gobmp',
      reasons: ['services.gobmp.admission-department'],
    });
  });

  it('an insured citizen is admitted under OSMS, and the GOBMP rule says why it stood aside', async () => {
    expect(await service(insuredIn2026(), '2026-03-01', 'inpatient_emergency')).toMatchObject({
      covered: true,
      payer: 'osms',
      reasons: ['services.osms.insured-package'],
    });
  });
});
