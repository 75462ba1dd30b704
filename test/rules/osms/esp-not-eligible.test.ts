import { describe, expect, it } from 'vitest';
import { adult, codes, decide, monthly } from '../../support/profiles';

// rules/osms/esp-not-eligible.json — seed 002: ESP (БЖТ) payers «жалдамалы жұмысшысы жоқ және жеке
// кәсіпкерлерлік нысаны ретінде тіркелмеген». ESP was 1 MCI in a city: 3,450 in 2023.
// Each month paid on its own 5th day (ESP is paid for the current month too).
const espRecords = (first: string, count: number) =>
  monthly('esp', first, count, 3450).map((r) => ({ ...r, paidOn: `${String(r.period)}-05` }));

describe('ESP payments of a registered individual entrepreneur', () => {
  it('ESP paid for 2023-03 … 2023-06 while registered as an entrepreneur gives no ESP status, and the months are named', async () => {
    const d = await decide(
      adult({
        settlement: 'city',
        employment: [{ kind: 'esp_payer' }, { kind: 'individual_entrepreneur', since: '2022-01-01' }],
        payments: espRecords('2023-03', 4),
      }),
      '2023-06-20',
    );
    expect(d.insurance.bases).not.toContain('osms.esp');
    expect(d.insurance.status).toBe('not_insured');
    const reason = d.reasons.find((r) => r.code === 'osms.esp-not-eligible');
    expect(reason?.message).toContain('03.2023, 04.2023, 05.2023, 06.2023');
  });

  it('the same ESP records without the registration give the ESP status', async () => {
    const d = await decide(
      adult({ settlement: 'city', employment: [{ kind: 'esp_payer' }], payments: espRecords('2023-03', 4) }),
      '2023-06-20',
    );
    expect(d.insurance.bases).toEqual(['osms.esp']);
    expect(codes(d)).not.toContain('osms.esp-not-eligible');
  });

  it('a month the registration touches on any day is ruled out; the months before it count', async () => {
    // Registered from 2023-05-31: March and April count, May and June do not. March…June would all be needed.
    const d = await decide(
      adult({
        settlement: 'city',
        employment: [{ kind: 'esp_payer' }, { kind: 'individual_entrepreneur', since: '2023-05-31' }],
        payments: espRecords('2023-03', 4),
      }),
      '2023-06-20',
    );
    expect(d.insurance.bases).not.toContain('osms.esp');
    expect(d.reasons.find((r) => r.code === 'osms.esp-not-eligible')?.message).toMatch(/05\.2023, 06\.2023/);
    expect(d.reasons.find((r) => r.code === 'osms.esp-not-eligible')?.message).not.toMatch(/04\.2023/);
  });

  it('ruled-out ESP months are debt like unpaid ones: an entrepreneur who paid ESP for a year owes it at 4,900 a month (2023)', async () => {
    // 2022-06 … 2023-05 paid as ESP (3,063 in 2022, 3,450 in 2023) while registered since 2022-01-01:
    // none counts, so 7 months of 2022 at 4,200 and 5 of 2023 at 4,900 are owed: 29,400 + 24,500 = 53,900.
    const payments = [...monthly('esp', '2022-06', 7, 3063), ...espRecords('2023-01', 5)];
    const d = await decide(
      adult({ settlement: 'city', employment: [{ kind: 'individual_entrepreneur', since: '2022-01-01' }], payments }),
      '2023-06-20',
    );
    expect(d.insurance.debt?.months).toHaveLength(12);
    expect(d.insurance.debt?.amountKzt).toBe(53900);
  });

  it('a temporary resident’s ESP is not counted anyway: the foreigners’ reason says so, not this one', async () => {
    const d = await decide(
      adult({ employment: [{ kind: 'individual_entrepreneur' }], payments: espRecords('2023-03', 4) }, 'temporary_resident'),
      '2023-06-20',
    );
    expect(codes(d)).toContain('osms.foreigner-no-contributions');
    expect(codes(d)).not.toContain('osms.esp-not-eligible');
  });
});
