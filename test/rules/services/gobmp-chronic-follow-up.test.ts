import { describe, expect, it } from 'vitest';
import { service, withConditions } from '../../support/services';

// rules/services/gobmp-chronic-follow-up.json — seed 002 ТМККК 3, 11.3; in force until 2025-12-31
const diabetic = withConditions([{ code: 'diabetes_mellitus', underObservation: true }]);

describe('chronic follow-up under GOBMP until 2025', () => {
  it('on 2025-12-31 an uninsured citizen with diabetes under observation gets follow-up and outpatient drugs under GOBMP', async () => {
    expect(await service(diabetic, '2025-12-31', 'dynamic_observation')).toMatchObject({
      covered: true,
      payer: 'gobmp',
      reasons: ['services.gobmp.chronic-follow-up'],
    });
    expect(await service(diabetic, '2025-12-31', 'drugs_outpatient')).toMatchObject({ covered: true, payer: 'gobmp' });
  });

  it('without a chronic disease under observation there is no follow-up', async () => {
    expect((await service(withConditions([]), '2025-06-15', 'dynamic_observation')).covered).toBe(false);
  });
});
