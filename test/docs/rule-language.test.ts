import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../src/facts/registry';
import { EVENT_TYPES } from '../../src/language/events';
import { STAGE_ORDER as STAGES } from '../../src/language/stages';
import { OUR_OPERATORS } from '../../src/language/operators';
import { EVENT_PARAMS, STATIC_EVENT_PARAMS } from '../../src/language/event-params';
// @ts-expect-error: a plain .mjs script without types
import { eventsTable, render } from '../../scripts/rule-language.mjs';

const root = join(__dirname, '..', '..');
const text = readFileSync(join(root, 'docs', 'rule-language.md'), 'utf8');

/** The text between a generated part's markers. */
function part(name: string): string {
  const start = text.indexOf(`<!-- generated:${name} `);
  const end = text.indexOf(`<!-- /generated:${name} -->`);
  expect(start, `the start marker of ${name}`).toBeGreaterThan(-1);
  expect(end, `the end marker of ${name}`).toBeGreaterThan(start);
  return text.slice(start, end);
}
/** The first cell of every table row of a part. */
const rowNames = (body: string) => [...body.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);

describe('the rule language docs/rule-language.md', () => {
  it('is what the operators, the fact registry and the event types give today (run npm run docs:language after changing them)', async () => {
    expect(await (render as (t: string) => Promise<string>)(text)).toBe(text);
  });

  it('has a row for every operator, and only for operators', () => {
    expect(rowNames(part('operators'))).toEqual(Object.keys(OUR_OPERATORS));
  });

  it('has a row for every fact, under the stage that first offers it', () => {
    const facts = part('facts');
    expect(rowNames(facts).sort()).toEqual(Object.keys(FACTS).sort());
    for (const stage of STAGES) {
      const from = facts.indexOf(`#### ${stage}\n`);
      expect(from, stage).toBeGreaterThan(-1);
      const next =
        STAGES.slice(STAGES.indexOf(stage) + 1)
          .map((s) => facts.indexOf(`#### ${s}\n`))
          .find((i) => i > -1) ?? facts.length;
      const own = Object.entries(FACTS)
        .filter(([, f]) => f.stage === stage)
        .map(([name]) => name);
      expect(rowNames(facts.slice(from, next)), stage).toEqual(own);
    }
  });

  it('has a row for every event type with its stage and whether its failures speak', () => {
    const events = part('events');
    expect(rowNames(events)).toEqual(Object.keys(EVENT_TYPES));
    for (const [type, { stage, failuresSpeak }] of Object.entries(EVENT_TYPES)) {
      expect(events, type).toContain(`| \`${type}\` | ${stage} | ${failuresSpeak ? 'yes' : 'no'} |`);
    }
  });

  it('prints how each event type folds into the Decision, in words, from the table', () => {
    const table: string = (eventsTable as (t: unknown) => string)({ EVENT_TYPES, EVENT_PARAMS, STATIC_EVENT_PARAMS });
    expect(table).toContain('| folds into the Decision |');
    expect(table).toMatch(
      /^\| `package` \| eligibility \| no \| yes \| .* \| `gobmp`: the highest of `none` < `dangerous_diseases` < `full`; .*\|$/m,
    );
    expect(table).toMatch(/^\| `debt` \| .* \| the rule as a whole: the first rule in file order \|$/m);
    const changed = { ...EVENT_TYPES, debt: { ...EVENT_TYPES.debt, fold: { '*': { by: 'every' } } } };
    expect((eventsTable as (t: unknown) => string)({ EVENT_TYPES: changed, EVENT_PARAMS, STATIC_EVENT_PARAMS })).toMatch(
      /^\| `debt` \| .* \| the rule as a whole: every rule, in file order \|$/m,
    );
  });

  it('has the seven hand-written sections, and every difference from stock json-rules-engine the library makes', () => {
    for (const heading of [
      '## 1. A rule file',
      '## 2. Conditions',
      '## 3. Operators',
      '## 4. Facts',
      '## 5. Events',
      '## 6. Differences from stock json-rules-engine',
      '## 7. How to try a rule',
    ]) {
      expect(text).toContain(`\n${heading}\n`);
    }
    const differences = text.slice(text.indexOf('## 6. Differences'), text.indexOf('## 7. How to try a rule'));
    for (const subject of [
      'JSONPath is refused',
      'No async or custom facts',
      'Condition references and operator decorators are refused',
      'Strict operators',
      "Failed rules' event params are not resolved",
      'Facts memoised per stage run',
      '`allowUndefinedFacts` is false',
      'Results in ruleset order',
      'Types are checked at validation',
    ]) {
      expect(differences).toContain(subject);
    }
  });

  it('names only source files that exist, and points nowhere outside the repository', () => {
    const files = [...new Set([...text.matchAll(/`((?:src|scripts|test)\/[\w./-]+\.(?:ts|mjs))`/g)].map((m) => m[1] as string))];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(existsSync(join(root, file)), file).toBe(true);
    expect(text).not.toMatch(/\.\.\/shared|\bRULES\.md|\bAPI\.md/);
  });
});
