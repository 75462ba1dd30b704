/**
 * The zod schemas of what the server answers beside the Decision: the OpenAPI document is
 * generated from them (as from `profileSchema` and `decisionSchema`), and the tests check each
 * answer against them.
 */
import * as z from 'zod/mini';
import { LOCALES } from '../../messages/format';
import { profileSchema } from '../../profile/schema';
import { DATE_PATTERN } from '../../calendar/dates';

const locale = z.enum(LOCALES);
const dateString = z.string().check(z.regex(DATE_PATTERN));

/** A name in each of the four locales (ky falls back to ru where no Kyrgyz name exists). */
export const namesSchema = z.strictObject({ ru: z.string(), kk: z.string(), en: z.string(), ky: z.string() });
const namesByCode = z.record(z.string(), namesSchema);

/** One problem of a request, as a ProfileValidationError lists it. */
export const issueSchema = z.strictObject({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  message: z.string(),
});
/** 422: every problem of the profile or the options, each with its path. */
export const issuesSchema = z.strictObject({ issues: z.array(issueSchema) });
/** Any other error: a code to branch on and a message to show. */
export const errorSchema = z.strictObject({ error: z.strictObject({ code: z.string(), message: z.string() }) });
/** A batch line that is no Decision: the line's number (from 1) and its problems. */
export const batchErrorLineSchema = z.strictObject({ line: z.number().check(z.int()), error: issuesSchema });

/** The body of POST /v1/decisions: a profile, which may also give the locale of the answer. */
export const decisionRequestSchema = z.extend(profileSchema, { locale: z.optional(locale) });

/** GET /v1/rules. */
export const rulesCatalogueSchema = z.strictObject({
  rulesetVersion: z.string(),
  rules: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      description: z.string(),
      event: z.string(),
      effective: z.strictObject({ from: dateString, to: z.optional(dateString) }),
      sources: z.array(z.strictObject({ document: z.string(), ref: z.optional(z.string()), title: z.string() })),
    }),
  ),
});

/** GET /v1/sources: the bibliography, each document's title in the four locales. */
export const sourcesSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  sources: z.array(
    z.strictObject({
      id: z.string(),
      language: z.string(),
      issuer: z.string(),
      date: z.optional(dateString),
      covers: z.string(),
      title: namesSchema,
      /** Where the repository keeps a copy of the document (the seed leaflets), to check a quote against. */
      copy: z.optional(z.string()),
    }),
  ),
});

/** GET /healthz. */
export const healthSchema = z.strictObject({
  status: z.literal('ok'),
  version: z.string(),
  rulesetVersion: z.string(),
  pending: z.number().check(z.int()),
});

/** GET /v1/vocabulary: the names of the codes a Decision holds, in the four locales. */
export const vocabularySchema = z.strictObject({
  locales: z.array(locale),
  services: namesByCode,
  payers: namesByCode,
  packages: z.strictObject({
    gobmp: z.strictObject({ full: namesSchema, dangerous_diseases: namesSchema, none: namesSchema }),
    osms: namesSchema,
    dms: namesSchema,
    vms: namesSchema,
  }),
  statuses: z.strictObject({ insured: namesSchema, not_insured: namesSchema, not_applicable: namesSchema }),
  requirements: namesByCode,
  quotaServices: namesByCode,
  quotaPeriods: namesByCode,
  screenings: namesByCode,
  conditionGroups: z.record(z.string(), namesByCode),
});

/** GET /openapi.json: an OpenAPI 3.1 document (its own schema is OpenAPI's). */
export const openApiSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});
