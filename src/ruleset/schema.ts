import * as z from 'zod/mini';
import { isoDate } from '../profile/schema';
import { EVENT_STAGE } from './catalogue';
import type { Parameters } from './parameters';

export const sourceSchema = z.strictObject({ document: z.string().check(z.minLength(1)).check(z.maxLength(200)), ref: z.optional(z.string().check(z.maxLength(2000))) });

export const ruleMetaSchema = z.strictObject({
  id: z.string().check(z.maxLength(200)).check(z.regex(/^[a-z][a-z-]*(\.[a-z0-9_-]+)+$/, 'Expected a dotted rule id such as osms.contributions.continuous')),
  /** A rule file has both (the catalogue test and `validate-rules` require them); the runtime ruleset leaves them out. */
  title: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(500))),
  description: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(20_000))),
  sources: z.array(sourceSchema).check(z.minLength(1)).check(z.maxLength(50)),
  effective: z.strictObject({ from: isoDate, to: z.optional(isoDate) }),
});

/** At most this many rules in a ruleset (the shipped one has about 100). */
export const MAX_RULES = 10_000;

export const ruleFileSchema = z.strictObject({
  meta: ruleMetaSchema,
  priority: z.optional(z.number().check(z.int()).check(z.gte(1)).check(z.lte(1000))),
  conditions: z.record(z.string(), z.unknown()),
  event: z.strictObject({
    type: z.enum(Object.keys(EVENT_STAGE) as [keyof typeof EVENT_STAGE, ...(keyof typeof EVENT_STAGE)[]]),
    params: z.optional(z.record(z.string(), z.unknown())),
  }),
});

export const rulesetSchema = z.strictObject({
  version: z.string().check(z.minLength(1)).check(z.maxLength(200)),
  parameters: z.record(z.string(), z.unknown()),
  rules: z.array(z.unknown()).check(z.maxLength(MAX_RULES)),
});

export type RuleSource = z.infer<typeof sourceSchema>;
export type RuleFile = z.infer<typeof ruleFileSchema>;
/** The shipped rules and parameters, as plain JSON; copy and change it to build your own evaluator. */
export interface Ruleset {
  version: string;
  parameters: Parameters;
  rules: RuleFile[];
}
