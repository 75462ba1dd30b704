import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf, stepsOf } from '../../support/steps';

// rules/next-steps/ask-departmental-medical-service.json — care beyond GOBMP for serving military and
// law-enforcement staff comes from their department's medical service (seed 002 leaves them out of OSMS).
describe("ask the department's medical service", () => {
  it('a serving officer is sent to the medical service of his department, in his language', async () => {
    const profile = adult({ employment: [{ kind: 'military_or_law_enforcement', since: '2015-09-01' }] });
    expect((await stepOf(profile, '2025-06-15', 'ask_departmental_medical_service'))?.message).toBe(
      "Care beyond GOBMP is given by your department's medical service: ask it.",
    );
    expect((await stepOf(profile, '2025-06-15', 'ask_departmental_medical_service', 'kk'))?.message).toContain(
      'ведомствоңыздың медициналық қызметі',
    );
  });

  it('it comes before the attachment steps (order 15)', async () => {
    const codes = (await stepsOf(adult({ employment: [{ kind: 'military_or_law_enforcement' }] }), '2025-06-15')).map((s) => s.code);
    expect(codes.indexOf('ask_departmental_medical_service')).toBeLessThan(codes.indexOf('choose_phc'));
  });

  it('a former officer, or an ordinary employee, is not sent there', async () => {
    expect(
      await stepOf(
        adult({ employment: [{ kind: 'military_or_law_enforcement', until: '2025-06-14' }] }),
        '2025-06-15',
        'ask_departmental_medical_service',
      ),
    ).toBeUndefined();
    expect(await stepOf(adult({ employment: [{ kind: 'employee' }] }), '2025-06-15', 'ask_departmental_medical_service')).toBeUndefined();
  });
});
