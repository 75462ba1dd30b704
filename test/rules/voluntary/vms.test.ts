import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';

// rules/voluntary/vms.json — seed 001 steps 2, 10
const withPolicy = (validFrom: string, validTo: string) =>
  adult({ insurance: [{ type: 'vms', validFrom, validTo }] }, 'temporary_resident');

describe('a vms contract', () => {
  it('a vms contract valid on asOf sets packages.vms, including on its last day', async () => {
    expect((await decide(withPolicy('2025-01-01', '2025-12-31'), '2025-06-15')).packages.vms).toBe(true);
    expect((await decide(withPolicy('2025-01-01', '2025-12-31'), '2025-12-31')).packages.vms).toBe(true);
  });

  it('an expired or future contract does not', async () => {
    expect((await decide(withPolicy('2024-01-01', '2024-12-31'), '2025-06-15')).packages.vms).toBe(false);
    expect((await decide(withPolicy('2025-07-01', '2026-06-30'), '2025-06-15')).packages.vms).toBe(false);
  });
});
