import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { catalogue } from '../../scripts/rules-catalogue.mjs';

const root = join(__dirname, '..', '..');

describe('the rules catalogue docs/rules.md', () => {
  const text: string = catalogue();

  it('is what the rule files and data/ give today (run npm run docs:rules after changing a rule)', () => {
    expect(readFileSync(join(root, 'docs', 'rules.md'), 'utf8')).toBe(text);
  });

  it('lists every rule once, with its period, file, test file and a titled source', () => {
    const rules = (JSON.parse(readFileSync(join(root, 'src', 'generated', 'rules.json'), 'utf8')) as { rules: { meta: { id: string } }[] })
      .rules;
    for (const { meta } of rules) expect(text, meta.id).toContain(`### ${meta.id}`);
    expect(text).toContain('- File: `rules/osms/contributions-continuous.json` — test: `test/rules/osms/contributions-continuous.test.ts`');
    expect(text.match(/^- In force: /gm)?.length).toBe(rules.length);
    expect(text).not.toMatch(/RULES\.md|API\.md|\.\.\/shared/);
  });

  it('explains every source document a rule cites, and the dated parameters with theirs', () => {
    expect(text).toContain('### seed:002');
    expect(text).toMatch(/\| `minimumWageKzt` \| 85000 \| 2025-01-01 … 2025-12-31 \|/);
    expect(text).toMatch(/\| `contributions\.consecutiveMonths` \| 12 \|/);
  });
});
