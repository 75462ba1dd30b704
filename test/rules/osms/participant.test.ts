import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';

// rules/osms/participant.json — seed 002 «МӘМС ... сақтандырылған»
describe('who can be OSMS-insured', () => {
  it.each(['citizen', 'kandas', 'permanent_resident', 'stateless_permanent'])('a %s is an OSMS participant', async (status) => {
    const d = await decide(adult({}, status), '2025-06-15');
    expect(d.packages.osms).toBe(true);
    expect(d.insurance.status).toBe('not_insured');
  });

  it.each(['refugee', 'stateless_temporary', 'asylum_seeker'])('a %s is not an OSMS participant', async (status) => {
    const d = await decide(adult({}, status), '2025-06-15');
    expect(d.packages.osms).toBe(false);
    expect(d.insurance.status).toBe('not_applicable');
  });

  it('every temporary resident participates, employed or not (a family member too), and is not insured without deductions', async () => {
    for (const extra of [{ employment: [{ kind: 'employee' }] }, {}, { employment: [{ kind: 'self_payer' }] }]) {
      const d = await decide(adult(extra, 'temporary_resident'), '2025-06-15');
      expect(d.packages.osms).toBe(true);
      expect(d.insurance.status).toBe('not_insured');
    }
  });
});
