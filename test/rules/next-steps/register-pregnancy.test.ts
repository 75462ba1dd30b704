import { describe, expect, it } from 'vitest';
import { woman } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/register-pregnancy.json — seed 002 «ЖҰМЫС ІСТЕМЕЙТІН ЖҮКТІ ӘЙЕЛ»
describe('register the pregnancy', () => {
  it('a pregnant woman without a registration date and without work is told to see the district doctor', async () => {
    expect((await stepOf(woman({ pregnancy: { lifeThreat: false } }), '2025-06-15', 'register_pregnancy'))?.message).toMatch(/3 working days/);
  });

  it('a registered woman, or one who works, is not', async () => {
    expect(await stepOf(woman({ pregnancy: { registeredOn: '2025-06-01' } }), '2025-06-15', 'register_pregnancy')).toBeUndefined();
    expect(await stepOf(woman({ pregnancy: {}, employment: [{ kind: 'employee' }] }), '2025-06-15', 'register_pregnancy')).toBeUndefined();
  });
});
