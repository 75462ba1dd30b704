import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src';
import { createEvaluator } from '../support/untyped';
import { adult, monthly, woman } from '../support/profiles';

// DEVELOPERS.md, Concurrency: one Engine keeps its run status in one field; runs must never overlap.
const profiles = [
  adult({ employment: [{ kind: 'employee' }], payments: monthly('employer_deduction', '2024-06', 12, 9000) }),
  adult({ employment: [{ kind: 'self_payer' }], payments: monthly('self_payer', '2024-06', 9, 4250) }),
  adult({}, 'refugee'),
  woman({ pregnancy: { registeredOn: '2025-06-02' }, stateCategories: [{ category: 'pregnant_nonworking', since: '2025-06-02' }] }),
  adult({ employment: [{ kind: 'employee' }] }, 'temporary_resident'),
];

describe('overlapping evaluations', () => {
  it('100 overlapping evaluate calls on one evaluator equal the sequential answers', async () => {
    const evaluator = createEvaluator();
    const inputs = Array.from({ length: 100 }, (_, i) => profiles[i % profiles.length] as Record<string, unknown>);
    // The sequential answer of each distinct profile, one run at a time.
    const answers: Decision[] = [];
    for (const input of profiles) answers.push(await evaluator.evaluate(input, { asOf: '2025-06-15' }));
    const sequential = inputs.map((_, i) => answers[i % profiles.length] as Decision);
    const overlapping = await Promise.all(inputs.map((input) => evaluator.evaluate(input, { asOf: '2025-06-15' })));
    expect(overlapping).toEqual(sequential);
    expect(new Set(sequential.map((d) => d.insurance.status))).toEqual(new Set(['insured', 'not_insured', 'not_applicable']));
  });
});
