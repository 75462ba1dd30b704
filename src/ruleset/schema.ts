import * as z from 'zod';
import { isoDate } from '../profile/schema';
import { EVENT_STAGE } from './catalogue';
import type { Parameters } from './parameters';

export const sourceSchema = z.strictObject({ document: z.string().min(1).max(200), ref: z.string().max(2000).optional() });

export const ruleMetaSchema = z.strictObject({
  id: z.string().max(200).regex(/^[a-z][a-z-]*(\.[a-z0-9_-]+)+$/, 'Expected a dotted rule id such as osms.contributions.continuous'),
  title: z.string().min(1).max(500),
  description: z.string().min(1).max(20_000),
  sources: z.array(sourceSchema).min(1).max(50),
  effective: z.strictObject({ from: isoDate, to: isoDate.optional() }),
});

/** At most this many rules in a ruleset (the shipped one has about 100). */
export const MAX_RULES = 10_000;

export const ruleFileSchema = z.strictObject({
  meta: ruleMetaSchema,
  priority: z.number().int().min(1).max(1000).optional(),
  conditions: z.record(z.string(), z.unknown()),
  event: z.strictObject({
    type: z.enum(Object.keys(EVENT_STAGE) as [keyof typeof EVENT_STAGE, ...(keyof typeof EVENT_STAGE)[]]),
    params: z.record(z.string(), z.unknown()).optional(),
  }),
});

export const rulesetSchema = z.strictObject({
  version: z.string().min(1).max(200),
  parameters: z.record(z.string(), z.unknown()),
  rules: z.array(z.unknown()).max(MAX_RULES),
});

export type RuleSource = z.infer<typeof sourceSchema>;
export type RuleFile = z.infer<typeof ruleFileSchema>;
/** The shipped rules and parameters, as plain JSON; copy and change it to build your own evaluator. */
export interface Ruleset {
  version: string;
  parameters: Parameters;
  rules: RuleFile[];
}
