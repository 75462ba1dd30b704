import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../src';
import en from '../../src/messages/en.json';
import kk from '../../src/messages/kk.json';
import ky from '../../src/messages/ky.json';
import ru from '../../src/messages/ru.json';
import validation from '../../src/messages/validation.json';
import type { RuleFile } from '../../src/ruleset/schema';
import { evaluateTri, knownFacts, messageKeyOf, receivableMessages } from '../support/receivable';
import { adult, decide, monthly } from '../support/profiles';

// Languages: every reason, next-step and validation message in ru, kk and en; in ky every message a
// temporarily staying foreigner, a stateless person or an asylum seeker can receive — read from the
// rules, not listed by hand (test/support/receivable.ts) — and the validation messages.
const { rules, parameters } = loadRuleset();
const FOREIGNERS = ['temporary_resident', 'stateless_temporary', 'asylum_seeker'];
const has = (catalogue: Record<string, string>, key: string) => Object.hasOwn(catalogue, key) && catalogue[key] !== '';

/** Every message key any rule can show: its reason or step, and the names of its conditions. */
function everyMessageKey(): Set<string> {
  const keys = new Set<string>(['not_covered', 'not_eligible']);
  const names = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(names);
    else if (node !== null && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      if (typeof obj.name === 'string') keys.add(obj.name);
      Object.values(obj).forEach(names);
    }
  };
  for (const rule of rules) {
    const key = messageKeyOf(rule);
    if (key !== null) keys.add(key);
    names(rule.conditions);
  }
  return keys;
}

describe('the messages a temporarily staying foreigner, a stateless person or an asylum seeker can receive', () => {
  it.each(FOREIGNERS)('a %s can receive only messages that exist in ky (no fallback to ru)', (residency) => {
    const keys = [...receivableMessages(residency, rules, parameters)];
    expect(keys.filter((key) => !has(ky, key))).toEqual([]);
  });

  it('the enumeration finds what revision 3 found missing, and more: the grace, OSMS service and dental reasons, the departmental step', () => {
    const keys = receivableMessages('temporary_resident', rules, parameters);
    for (const key of [
      'osms.contributions.continuous',
      'osms.contributions.grace',
      'services.osms.outpatient-specialist',
      'services.osms.insured-package',
      'services.osms.screening',
      'services.osms.dental-emergency',
      'services.osms.dental-planned',
      'nextSteps.contact_employer_in_grace',
      'nextSteps.get_iin',
      'nextSteps.get_dms_or_vms',
      'quota_used_up',
      'not_covered',
    ]) {
      expect(keys.has(key), key).toBe(true);
    }
  });

  it('what their class rules out is not enumerated: the full package’s services, the state categories, own payments', () => {
    const keys = receivableMessages('temporary_resident', rules, parameters);
    for (const key of [
      'gobmp.full',
      'services.gobmp.phc',
      'osms.state-category.child',
      'nextSteps.pay_arrears',
      'nextSteps.pay_upcoming_months',
      'gobmp.planned-list-not-modelled',
      'nextSteps.student_nobd',
    ]) {
      expect(keys.has(key), key).toBe(false);
    }
    // Outside OSMS altogether: no OSMS status, so no contribution reason.
    expect(receivableMessages('asylum_seeker', rules, parameters).has('osms.contributions.continuous')).toBe(false);
  });

  it('the enumeration follows the rules: a rule added for temporary residents adds its message', () => {
    const added: RuleFile = {
      meta: { id: 'services.test.vaccination', sources: [{ document: 'seed:001' }], effective: { from: '2020-01-01' } },
      conditions: { all: [{ fact: 'profile', path: 'residency.status', operator: 'equal', value: 'temporary_resident' }] },
      event: { type: 'service', params: { services: ['vaccination'], payer: 'gobmp', reason: 'services.test.vaccination' } },
    };
    expect(receivableMessages('temporary_resident', [...rules, added], parameters).has('services.test.vaccination')).toBe(true);
    expect(receivableMessages('asylum_seeker', [...rules, added], parameters).has('services.test.vaccination')).toBe(false);
  });

  it('three-valued: a condition on the class is decided, one on anything else is unknown', () => {
    const known = knownFacts('temporary_resident', rules, parameters);
    expect(known.get('packages.gobmp')).toEqual(['dangerous_diseases']);
    expect(evaluateTri({ fact: 'profile', path: 'residency.status', operator: 'in', value: ['citizen'] }, known, parameters)).toBe(false);
    expect(evaluateTri({ fact: 'age', operator: 'lessThan', value: 18 }, known, parameters)).toBeUndefined();
    expect(
      evaluateTri(
        {
          any: [
            { fact: 'age', operator: 'lessThan', value: 18 },
            { fact: 'packages', path: 'gobmp', operator: 'equal', value: 'dangerous_diseases' },
          ],
        },
        known,
        parameters,
      ),
    ).toBe(true);
  });

  it('a decision in ky for a temporarily residing employee in grace speaks Kyrgyz in every reason and step', async () => {
    // Deductions 2024-03 … 2025-02: on 2025-04-15 March is missing and the status holds by grace.
    const profile = adult(
      { employment: [{ kind: 'employee', since: '2024-01-01' }], payments: monthly('employer_deduction', '2024-03', 12, 9000) },
      'temporary_resident',
    );
    const [inKy, inRu] = [await decide(profile, '2025-04-15', { locale: 'ky' }), await decide(profile, '2025-04-15', { locale: 'ru' })];
    expect(inKy.insurance.bases).toEqual(['osms.contributions.grace']);
    inKy.reasons.forEach((r, i) => expect(r.message, r.code).not.toBe(inRu.reasons[i]?.message));
    inKy.nextSteps.forEach((s, i) => expect(s.message, s.code).not.toBe(inRu.nextSteps[i]?.message));
  });
});

describe('every message in ru, kk and en', () => {
  it('every reason, next step and "why not" message of every rule exists in ru, kk and en', () => {
    const missing = [...everyMessageKey()].flatMap((key) =>
      (['ru', 'kk', 'en'] as const).filter((l) => !has({ ru, kk, en }[l], key)).map((l) => `${l}:${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('the validation messages exist in all four languages, and the ky IIN message says ИЖН, not the Kazakh ЖСН', () => {
    for (const locale of ['kk', 'en', 'ky'] as const)
      expect(Object.keys(validation[locale]).sort()).toEqual(Object.keys(validation.ru).sort());
    expect(validation.ky.invalid_iin).toContain('ИЖН');
    expect(Object.values(validation.ky).join(' ')).not.toContain('ЖСН');
    expect(validation.kk.invalid_iin).toContain('ЖСН');
  });
});
