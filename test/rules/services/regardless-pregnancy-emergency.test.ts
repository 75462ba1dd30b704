import { describe, expect, it } from 'vitest';
import { adult, woman } from '../../support/profiles';
import { insuredIn2026, service } from '../../support/services';

// rules/services/regardless-pregnancy-emergency.json — seed 002, last bold line of the pregnancy section
describe('pregnancy emergency and labour, regardless of status', () => {
  it('an uninsured woman in labour is admitted under GOBMP on the regardless-of-status ground', async () => {
    const s = await service(
      woman({ employment: [{ kind: 'self_payer' }], pregnancy: { inLabour: true } }),
      '2025-06-15',
      'inpatient_emergency',
    );
    expect(s).toMatchObject({ covered: true, payer: 'gobmp' });
    expect(s.reasons[0]).toBe('services.regardless.pregnancy-emergency');
  });

  it('a temporary resident with a threat to her life gets ambulance and admission under GOBMP', async () => {
    const migrant = {
      ...adult({}, 'temporary_resident'),
      person: { birthDate: '1995-01-01', sex: 'female' },
      pregnancy: { lifeThreat: true },
    };
    expect(await service(migrant, '2025-06-15', 'ambulance')).toMatchObject({ covered: true, payer: 'gobmp' });
    expect(await service(migrant, '2025-06-15', 'inpatient_emergency')).toMatchObject({ covered: true, payer: 'gobmp' });
  });

  it('for an insured woman in labour GOBMP comes before OSMS', async () => {
    const s = await service(
      insuredIn2026({ person: { birthDate: '1995-01-01', sex: 'female' }, pregnancy: { inLabour: true } }),
      '2026-03-01',
      'inpatient_emergency',
    );
    expect(s.payer).toBe('gobmp');
    expect(s.reasons).toEqual(['services.regardless.pregnancy-emergency', 'services.osms.insured-package']);
  });

  it('a registered pregnancy without labour or threat does not open emergency admission for a temporary resident', async () => {
    const migrant = {
      ...adult({}, 'temporary_resident'),
      person: { birthDate: '1995-01-01', sex: 'female' },
      pregnancy: { registeredOn: '2025-05-01' },
    };
    expect(await service(migrant, '2025-06-15', 'inpatient_emergency')).toMatchObject({ covered: false });
  });
});
