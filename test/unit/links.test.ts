import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEvaluator, loadRuleset, parametersOn } from '../../src';
import { arbitraries } from '../../src/testing';
import links from '../../data/parameters/links.json';

// nextSteps[].links hold URLs only (https://… or tel:…): a channel without an address of its own is
// named in the message, not linked.
const URL = /^(https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/[^\s]*)?|tel:\+?[0-9]+)$/;
const { rules, parameters } = loadRuleset();

function resolve(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && 'param' in value) {
    return String((value as { param: string }).param)
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], parametersOn(parameters, '2025-06-15'));
  }
  return value;
}

describe('links', () => {
  it('every link of data/parameters/links.json is a URL', () => {
    for (const [name, leaf] of Object.entries(links)) for (const { value } of leaf.values) expect(value, name).toMatch(URL);
  });

  it('every link a next-step rule gives is a URL once its parameters are filled in', () => {
    const given = rules
      .filter((r) => r.event.type === 'next-step' && Array.isArray(r.event.params?.links))
      .flatMap((r) => ((r.event.params?.links ?? []) as unknown[]).map((l) => ({ id: r.meta.id, link: resolve(l) })));
    expect(given.length).toBeGreaterThan(5);
    for (const { id, link } of given) expect(link, id).toMatch(URL);
  });

  it('the pattern refuses a name without an address', () => {
    expect('Qoldau 24/7 (PlayMarket, AppStore)').not.toMatch(URL);
    expect('egov.kz').not.toMatch(URL);
    expect('https://t.me/SaqtandyryBot').toMatch(URL);
    expect('tel:1406').toMatch(URL);
  });

  it('the links of 300 generated decisions are all URLs', async () => {
    const evaluator = createEvaluator();
    const profiles = fc.sample(arbitraries.profile(), { seed: 17, numRuns: 300 });
    let seen = 0;
    for (const profile of profiles) {
      for (const step of (await evaluator.evaluate(profile)).nextSteps) {
        for (const link of step.links ?? []) {
          seen += 1;
          expect(link, step.code).toMatch(URL);
        }
      }
    }
    expect(seen).toBeGreaterThan(100);
  });
});
