import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { isoDateSchema } from '../calendar/dates';
import { EVENT_STAGE } from '../language/events';
import type { DatedParameters } from '../parameters/parameters';

const buildSourceSchema = () =>
  z.strictObject({
    document: z.string().check(z.minLength(1)).check(z.maxLength(200)),
    ref: z.optional(z.string().check(z.maxLength(2000))),
  });

const buildRuleMetaSchema = () =>
  z.strictObject({
    id: z
      .string()
      .check(z.maxLength(200))
      .check(z.regex(/^[a-z][a-z-]*(\.[a-z0-9_-]+)+$/, 'Expected a dotted rule id such as osms.contributions.continuous')),
    /** A rule file has both (the catalogue test and `validate-rules` require them); the runtime ruleset leaves them out. */
    title: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(500))),
    description: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(20_000))),
    sources: z.array(buildSourceSchema()).check(z.minLength(1)).check(z.maxLength(50)),
    effective: z.strictObject({ from: isoDateSchema(), to: z.optional(isoDateSchema()) }),
  });

/** The zod schemas of a rule file and of a ruleset's top level (built on first use). */
export const ruleFileSchema = lazy(() => buildRuleFileSchema());
export const rulesetSchema = lazy(() => buildRulesetSchema());

/** At most this many rules in a ruleset (the shipped one has about 100). */
export const MAX_RULES = 10_000;

const buildRuleFileSchema = () =>
  z.strictObject({
    meta: buildRuleMetaSchema(),
    priority: z.optional(z.number().check(z.int()).check(z.gte(1)).check(z.lte(1000))),
    conditions: z.record(z.string(), z.unknown()),
    event: z.strictObject({
      type: z.enum(Object.keys(EVENT_STAGE) as [keyof typeof EVENT_STAGE, ...(keyof typeof EVENT_STAGE)[]]),
      params: z.optional(z.record(z.string(), z.unknown())),
    }),
  });

const buildRulesetSchema = () =>
  z.strictObject({
    version: z.string().check(z.minLength(1)).check(z.maxLength(200)),
    parameters: z.record(z.string(), z.unknown()),
    rules: z.array(z.unknown()).check(z.maxLength(MAX_RULES)),
  });

/**
 * A source a rule cites: a document id of the bibliography and where in it.
 *
 * @example
 * const source: RuleSource = { document: 'law:Law on OSMS', ref: 'art. 5 p.3' }
 */
export type RuleSource = z.infer<ReturnType<typeof buildSourceSchema>>;
/**
 * A rule file: a json-rules-engine rule (conditions, event, priority) with `meta` (id, title,
 * description, sources, effective period).
 *
 * @example
 * const rule: RuleFile = loadRuleset().rules[0]
 * rule.meta.effective.from // '2020-01-01'
 */
export type RuleFile = z.infer<ReturnType<typeof buildRuleFileSchema>>;
/**
 * The shipped rules and parameters, as plain JSON; copy and change it to build your own evaluator.
 *
 * @example
 * const ruleset: Ruleset = loadRuleset()
 * ruleset.rules.length // 107
 */
export interface Ruleset {
  /** The package version and a hash of the rules and data (`decision.rulesetVersion`). */
  version: string;
  /** The parameters of data/parameters/ (each dated, or a plain value for every date) and the lists of data/. */
  parameters: DatedParameters;
  /** The rules; the runtime copy leaves out their titles and descriptions (see the rule files). */
  rules: RuleFile[];
}
