import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/choose-phc.json — seed 001 step 4
describe('choose a PHC organisation', () => {
  it('a citizen not shown as attached chooses a PHC organisation; an attached one does not', async () => {
    expect(await stepOf(adult(), '2025-06-15', 'choose_phc')).toBeDefined();
    expect(await stepOf(adult({ attachment: { attached: true } }), '2025-06-15', 'choose_phc')).toBeUndefined();
  });

  it('a temporary resident can choose only once a DMS/VMS is valid', async () => {
    expect(await stepOf(adult({}, 'temporary_resident'), '2025-06-15', 'choose_phc')).toBeUndefined();
    expect(
      await stepOf(
        adult({ insurance: [{ type: 'dms', validFrom: '2025-01-01', validTo: '2025-12-31' }] }, 'temporary_resident'),
        '2025-06-15',
        'choose_phc',
      ),
    ).toBeDefined();
  });
});
