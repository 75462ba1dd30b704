/**
 * What each event type's params may hold once their parameters are filled in. A param
 * read from a fact (`{ "fact": … }`) is checked as a fact reference instead, except the
 * structural ones (STATIC_EVENT_PARAMS), which must be written out. The decision is
 * assembled from these params, so a ruleset that passes gives decisions of the Decision shape.
 */
import * as z from 'zod/mini';
import { PAYERS, SCREENING_PROGRAMS, SERVICE_CODES } from './codes';
import { paymentKinds } from './codes';
import { lazy } from '../lazy';
import type { EVENT_STAGE } from './events';
import { DATE_PATTERN, MONTH_PATTERN } from '../calendar/dates';

/** Params that decide what the event is, never read from a fact. */
export const STATIC_EVENT_PARAMS: readonly string[] = [
  'services',
  'ground',
  'step',
  'order',
  'program',
  'reason',
  'messageKey',
  'kinds',
  'gobmp',
  'osms',
  'dms',
  'vms',
  'basis',
];

/** The schema of each event type's params (built on first use). */
export const EVENT_PARAMS = lazy((): Record<keyof typeof EVENT_STAGE, z.ZodMiniType> => {
  const code = z
    .string()
    .check(z.regex(/^[a-z][a-z0-9_.-]{0,99}$/, 'Expected a code such as not_insured (lower case, at most 100 characters)'));
  const date = z.string().check(z.regex(DATE_PATTERN));
  const month = z.string().check(z.regex(MONTH_PATTERN));
  const amount = z.number().check(z.nonnegative()).check(z.lte(1e15));
  const text = z.union([z.string().check(z.maxLength(2000)), z.number(), z.boolean(), z.null()]);
  /** Message variables: plain values, lists of them, or one level of nested values. */
  const variable = z.union([
    text,
    z.array(text).check(z.maxLength(1000)),
    z.record(z.string(), z.union([text, z.array(text).check(z.maxLength(1000))])),
  ]);
  /** Keys every event may carry: the reason code and the key of its message (a message catalogue key such as nextSteps.pay_arrears). */
  const messageKey = z
    .string()
    .check(z.regex(/^[A-Za-z][A-Za-z0-9_.-]{0,99}$/, 'Expected a message key such as nextSteps.pay_arrears (at most 100 characters)'));
  const messageKeys = { reason: z.optional(messageKey), messageKey: z.optional(messageKey) };
  const withVariables = <T extends z.core.$ZodShape>(shape: T) => z.catchall(z.object({ ...messageKeys, ...shape }), variable);
  return {
    package: z.strictObject({
      ...messageKeys,
      gobmp: z.optional(z.enum(['full', 'dangerous_diseases'])),
      osms: z.optional(z.boolean()),
      dms: z.optional(z.boolean()),
      vms: z.optional(z.boolean()),
    }),
    'exclude-payment-kinds': z.strictObject({ ...messageKeys, kinds: z.array(z.enum(paymentKinds)).check(z.maxLength(100)) }),
    notice: withVariables({}),
    'insurance-basis': withVariables({
      basis: z.optional(code),
      payer: z.optional(z.enum(['state', 'contributions', 'employer'])),
      validThrough: z.optional(z.nullable(date)),
      grace: z.optional(z.nullable(z.strictObject({ lastPaidMonth: month, endsOn: date }))),
    }),
    debt: withVariables({
      months: z.optional(z.array(month).check(z.maxLength(120))),
      employerMonths: z.optional(z.array(month).check(z.maxLength(120))),
      amountKzt: z.optional(z.nullable(amount)),
    }),
    'monthly-contribution': withVariables({ amountKzt: z.optional(z.nullable(amount)) }),
    screening: withVariables({ program: z.enum(SCREENING_PROGRAMS) }),
    // The quotas come from the quotaUsage fact only.
    quotas: withVariables({ quotas: z.optional(z.never()) }),
    'fund-statement': withVariables({}),
    service: withVariables({
      services: z.array(z.enum(SERVICE_CODES)).check(z.minLength(1)).check(z.maxLength(SERVICE_CODES.length)),
      payer: z.optional(z.nullable(z.enum(PAYERS))),
      ground: z.optional(z.literal('regardless')),
      requires: z.optional(z.array(code).check(z.maxLength(20))),
    }),
    'derived-service': withVariables({
      services: z.array(z.enum(SERVICE_CODES)).check(z.minLength(1)).check(z.maxLength(SERVICE_CODES.length)),
      payer: z.optional(z.nullable(z.enum(PAYERS))),
      requires: z.optional(z.array(code).check(z.maxLength(20))),
    }),
    'next-step': withVariables({
      step: code,
      order: z.optional(z.number().check(z.int()).check(z.gte(0)).check(z.lte(10_000))),
      amountKzt: z.optional(amount),
      deadline: z.optional(date),
      links: z.optional(z.array(z.string().check(z.maxLength(500))).check(z.maxLength(20))),
    }),
  };
});
