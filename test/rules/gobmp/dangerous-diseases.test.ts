import { describe, expect, it } from 'vitest';
import { adult, codes, decide } from '../../support/profiles';

// rules/gobmp/dangerous-diseases.json — seed 001/000 (Order No. 121/2020), seed 002
describe('the package for diseases dangerous to others', () => {
  it.each(['temporary_resident', 'stateless_temporary', 'asylum_seeker'])('a %s has GOBMP for dangerous diseases only', async (status) => {
    const d = await decide(adult({}, status), '2025-06-15');
    expect(d.packages.gobmp).toBe('dangerous_diseases');
    expect(codes(d)).toContain('gobmp.dangerous-diseases');
  });

  it('a citizen is not limited to dangerous diseases', async () => {
    expect(codes(await decide(adult(), '2025-06-15'))).not.toContain('gobmp.dangerous-diseases');
  });
});
