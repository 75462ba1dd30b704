import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';

// rules/voluntary/dms.json — seed 001 steps 2, 10
const withPolicy = (validFrom: string, validTo: string) =>
  adult({ insurance: [{ type: 'dms', validFrom, validTo }] }, 'temporary_resident');

describe('a dms contract', () => {
  it('a dms contract valid on asOf sets packages.dms, including on its last day', async () => {
    expect((await decide(withPolicy('2025-01-01', '2025-12-31'), '2025-06-15')).packages.dms).toBe(true);
    expect((await decide(withPolicy('2025-01-01', '2025-12-31'), '2025-12-31')).packages.dms).toBe(true);
  });

  it('an expired or future contract does not', async () => {
    expect((await decide(withPolicy('2024-01-01', '2024-12-31'), '2025-06-15')).packages.dms).toBe(false);
    expect((await decide(withPolicy('2025-07-01', '2026-06-30'), '2025-06-15')).packages.dms).toBe(false);
  });
});
