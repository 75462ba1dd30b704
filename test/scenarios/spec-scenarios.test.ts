import { describe, expect, it } from 'vitest';
import { ProfileValidationError, evaluate } from '../../src';
import { get, matches } from '../support/scenario-matcher';
import scenarios from './spec-scenarios.json';

// A copy of ../shared/spec/scenarios.json. This release decides packages, insured status,
// services, screenings and validation; expectations on quotas and next steps belong to issue #4.
const IN_SCOPE = /^(packages|insurance|services|screenings)\b/;

interface Scenario {
  name: string;
  profile: unknown;
  options?: { asOf?: string; locale?: 'ru' | 'kk' | 'en' | 'ky' };
  expect?: Record<string, unknown>;
  error?: { name: string; paths?: (string | number)[][] };
}

describe('worked scenarios of the spec', () => {
  for (const s of scenarios as Scenario[]) {
    const expectations = Object.entries(s.expect ?? {});
    const inScope = expectations.filter(([path]) => IN_SCOPE.test(path));
    const later = expectations.filter(([path]) => !IN_SCOPE.test(path));

    if (s.error) {
      it(s.name, async () => {
        const error = await evaluate(structuredClone(s.profile), s.options).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ProfileValidationError);
        expect((error as Error).name).toBe(s.error?.name);
        for (const path of s.error?.paths ?? []) expect((error as ProfileValidationError).issues.map((i) => i.path)).toContainEqual(path);
      });
    } else if (inScope.length > 0) {
      it(s.name, async () => {
        const decision = await evaluate(structuredClone(s.profile), s.options);
        for (const [path, want] of inScope) expect({ path, actual: get(decision, path), ok: matches(get(decision, path), want) }).toMatchObject({ path, ok: true });
      });
    }
    if (later.length > 0) it.todo(`${s.name} — ${later.map(([p]) => p).join(', ')} (issue #4)`);
  }
});
