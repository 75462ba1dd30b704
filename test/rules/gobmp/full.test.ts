import { describe, expect, it } from 'vitest';
import { adult, codes, decide } from '../../support/profiles';

// rules/gobmp/full.json — seed 002 «ТМККК: Кепілдендірілген медициналық көмектің толық пакеті»
describe('the full free package', () => {
  it.each(['citizen', 'kandas', 'refugee', 'permanent_resident', 'stateless_permanent'])('a %s has the full GOBMP package', async (status) => {
    const d = await decide(adult({}, status), '2025-06-15');
    expect(d.packages.gobmp).toBe('full');
    expect(codes(d)).toContain('gobmp.full');
  });

  it.each(['temporary_resident', 'stateless_temporary', 'asylum_seeker'])('a %s does not', async (status) => {
    expect((await decide(adult({}, status), '2025-06-15')).packages.gobmp).not.toBe('full');
  });
});
