import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';

// rules/osms/monthly-contribution-esp.json — seed 002: ESP is 2,917 (1 MCI) in cities and 1,458.5
// (0.5 MCI) elsewhere in 2021; 1 MCI is 3,450 in 2023 (data/parameters/mciKzt.json). ESP ended on 2023-12-31.
const espPayer = (settlement: string) => adult({ employment: [{ kind: 'esp_payer' }], settlement });

describe('the monthly ESP of an ESP payer', () => {
  it('is 1 MCI in a city and 0.5 MCI elsewhere: 2,917 and 1,458.5 in 2021, 3,450 and 1,725 in 2023', async () => {
    expect((await decide(espPayer('city'), '2021-06-15')).insurance.monthlyContributionKzt).toBe(2917);
    expect((await decide(espPayer('other'), '2021-06-15')).insurance.monthlyContributionKzt).toBe(1458.5);
    expect((await decide(espPayer('city'), '2023-12-31')).insurance.monthlyContributionKzt).toBe(3450);
    expect((await decide(espPayer('other'), '2023-12-31')).insurance.monthlyContributionKzt).toBe(1725);
  });

  it('from 2024-01-01 the former ESP payer pays as a self-payer: 4,250, citing the self-payer line', async () => {
    const d = await decide(espPayer('city'), '2024-01-01');
    expect(d.insurance.monthlyContributionKzt).toBe(4250);
    expect(d.reasons.find((r) => r.code === 'osms.monthly-contribution')?.ruleId).toBe('osms.monthly-contribution.self_payer');
  });

  it('the ESP reason cites the ESP amounts of seed 002', async () => {
    const reason = (await decide(espPayer('city'), '2023-06-15')).reasons.find((r) => r.code === 'osms.monthly-contribution');
    expect(reason?.ruleId).toBe('osms.monthly-contribution.esp');
    expect(reason?.source.ref).toContain('2 917 теңге (1 АЕК)');
  });
});
