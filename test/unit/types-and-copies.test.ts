import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ProfileInput, ProfileValidationError, RuleValidationError, evaluate, parseProfile } from '../../src';

const root = join(__dirname, '..', '..');

describe('a typed profile', () => {
  it('a misspelt key or an unknown code in a literal fails to compile (npm run typecheck checks the @ts-expect-error lines)', async () => {
    const good: ProfileInput = { person: { birthDate: '1990-04-12', sex: 'male' }, residency: { status: 'citizen' } };
    // @ts-expect-error `persn` is no key of a profile
    const typo: ProfileInput = { persn: { birthDate: '1990-04-12', sex: 'male' }, residency: { status: 'citizen' } };
    // @ts-expect-error `tourist` is no residency class
    const code: ProfileInput = { person: { birthDate: '1990-04-12', sex: 'male' }, residency: { status: 'tourist' } };
    expect((await evaluate(good, { asOf: '2025-06-15' })).insurance.status).toBe('not_insured');
    // What the compiler refuses, the library refuses at run time too.
    await expect(evaluate(typo, { asOf: '2025-06-15' })).rejects.toBeInstanceOf(ProfileValidationError);
    await expect(evaluate(code, { asOf: '2025-06-15' })).rejects.toBeInstanceOf(ProfileValidationError);
  });

  it('data of unknown shape goes in through parseProfile, which reports every problem', async () => {
    const fromTheWire: unknown = JSON.parse('{"person":{"birthDate":"1990-04-12","sex":"male"},"residency":{"status":"citizen"}}');
    expect((await evaluate(parseProfile(fromTheWire), { asOf: '2025-06-15' })).packages.gobmp).toBe('full');
    expect(() => parseProfile(JSON.parse('{"persn":1}'))).toThrow(ProfileValidationError);
  });
});

describe('errors across the ESM and CommonJS copies', () => {
  it('a ProfileValidationError or RuleValidationError of one copy is instanceof the class of the other, and not of the other class', () => {
    const script = `
      const cjs = require(${JSON.stringify(join(root, 'dist', 'index.cjs'))});
      import(${JSON.stringify(join(root, 'dist', 'index.js'))}).then(async (esm) => {
        const fromCjs = await cjs.evaluate({}, { asOf: '2025-06-15' }).catch((e) => e);
        const fromEsm = await esm.evaluate({}, { asOf: '2025-06-15' }).catch((e) => e);
        let rule; try { cjs.validateRuleset({}); } catch (e) { rule = e; }
        console.log(JSON.stringify({
          distinctClasses: cjs.ProfileValidationError !== esm.ProfileValidationError,
          cjsIsEsm: fromCjs instanceof esm.ProfileValidationError,
          esmIsCjs: fromEsm instanceof cjs.ProfileValidationError,
          stillAnError: fromCjs instanceof Error,
          ruleIsEsmRule: rule instanceof esm.RuleValidationError,
          ruleIsProfile: rule instanceof esm.ProfileValidationError,
          profileIsRule: fromEsm instanceof cjs.RuleValidationError,
          plainObject: ({ issues: [] }) instanceof esm.ProfileValidationError,
        }));
      });`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
    expect(out).toEqual({
      distinctClasses: true,
      cjsIsEsm: true,
      esmIsCjs: true,
      stillAnError: true,
      ruleIsEsmRule: true,
      ruleIsProfile: false,
      profileIsRule: false,
      plainObject: false,
    });
  });

  it('within one copy, instanceof keeps its meaning', () => {
    expect(new ProfileValidationError([])).toBeInstanceOf(ProfileValidationError);
    expect(new ProfileValidationError([])).not.toBeInstanceOf(RuleValidationError);
    expect(new RuleValidationError([])).toBeInstanceOf(RuleValidationError);
    expect(new Error('x')).not.toBeInstanceOf(ProfileValidationError);
    expect(null).not.toBeInstanceOf(ProfileValidationError);
  });
});
