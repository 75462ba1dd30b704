import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { insuredIn2026, service } from '../../support/services';

// rules/services/osms-insured-package.json — seed 002 МӘМС 2–7
describe('the OSMS package of an insured person', () => {
  it.each(['day_hospital', 'inpatient_emergency', 'inpatient_planned', 'rehabilitation', 'pathology', 'donor_preparation'])(
    'an insured temporary resident gets %s under OSMS',
    async (code) => {
      expect(await service(insuredIn2026({}, 'temporary_resident'), '2026-03-01', code)).toMatchObject({ covered: true, payer: 'osms' });
    },
  );

  it('an uninsured citizen gets no planned admission and is told it needs insurance', async () => {
    expect((await service(adult(), '2026-03-01', 'inpatient_planned')).reasons).toContain('not_insured');
  });
});
