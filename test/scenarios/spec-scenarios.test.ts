import { describe, expect, it } from 'vitest';
import { ProfileValidationError } from '../../src';
import { evaluate } from '../support/untyped';
import { get, matches } from '../support/scenario-matcher';
import scenarios from './spec-scenarios.json';

// A copy of the specification's 31 worked scenarios (revisions 1–3); every expectation is checked.
interface Scenario {
  name: string;
  profile: unknown;
  options?: { asOf?: string; locale?: 'ru' | 'kk' | 'en' | 'ky' };
  expect?: Record<string, unknown>;
  error?: { name: string; paths?: (string | number)[][] };
}

describe('worked scenarios of the spec', () => {
  for (const s of scenarios as Scenario[]) {
    it(s.name, async () => {
      if (s.error) {
        const error = await evaluate(structuredClone(s.profile), s.options).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ProfileValidationError);
        expect((error as Error).name).toBe(s.error.name);
        for (const path of s.error.paths ?? []) expect((error as ProfileValidationError).issues.map((i) => i.path)).toContainEqual(path);
        return;
      }
      const decision = await evaluate(structuredClone(s.profile), s.options);
      for (const [path, want] of Object.entries(s.expect ?? {})) {
        expect({ path, actual: get(decision, path), ok: matches(get(decision, path), want) }).toMatchObject({ path, ok: true });
      }
    });
  }
});
