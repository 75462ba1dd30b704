/**
 * What each event type's params may hold once their parameters are filled in. A param
 * read from a fact (`{ "fact": … }`) is checked as a fact reference instead, except the
 * structural ones (STATIC_EVENT_PARAMS), which must be written out. The decision is
 * assembled from these params, so a ruleset that passes gives decisions of the Decision shape.
 */
import * as z from 'zod';
import { SCREENING_PROGRAMS, SERVICE_CODES } from '../decision/schema';
import { paymentKinds } from '../profile/schema';
import type { EVENT_STAGE } from './catalogue';

const code = z.string().regex(/^[a-z][a-z0-9_.-]{0,99}$/, 'Expected a code such as not_insured (lower case, at most 100 characters)');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const month = z.string().regex(/^\d{4}-\d{2}$/);
const amount = z.number().nonnegative().max(1e15);
const text = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);
/** Message variables: plain values, lists of them, or one level of nested values. */
const variable = z.union([text, z.array(text).max(1000), z.record(z.string(), z.union([text, z.array(text).max(1000)]))]);
/** Keys every event may carry: the reason code and the key of its message (a message catalogue key such as nextSteps.pay_arrears). */
const messageKey = z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,99}$/, 'Expected a message key such as nextSteps.pay_arrears (at most 100 characters)');
const messageKeys = { reason: messageKey.optional(), messageKey: messageKey.optional() };
const withVariables = <T extends z.ZodRawShape>(shape: T) => z.object({ ...messageKeys, ...shape }).catchall(variable);

/** Params that decide what the event is, never read from a fact. */
export const STATIC_EVENT_PARAMS: readonly string[] = ['services', 'ground', 'step', 'order', 'program', 'reason', 'messageKey', 'kinds', 'gobmp', 'osms', 'dms', 'vms', 'basis'];

export const EVENT_PARAMS: Record<keyof typeof EVENT_STAGE, z.ZodType> = {
  package: z.strictObject({
    ...messageKeys,
    gobmp: z.enum(['full', 'dangerous_diseases']).optional(),
    osms: z.boolean().optional(),
    dms: z.boolean().optional(),
    vms: z.boolean().optional(),
  }),
  'exclude-payment-kinds': z.strictObject({ ...messageKeys, kinds: z.array(z.enum(paymentKinds)).max(100) }),
  notice: withVariables({}),
  'insurance-basis': withVariables({
    basis: code.optional(),
    payer: z.enum(['state', 'contributions', 'employer']).optional(),
    validThrough: date.nullable().optional(),
    grace: z.strictObject({ lastPaidMonth: month, endsOn: date }).nullable().optional(),
  }),
  debt: withVariables({ months: z.array(month).max(120).optional(), employerMonths: z.array(month).max(120).optional(), amountKzt: amount.nullable().optional() }),
  'monthly-contribution': withVariables({ amountKzt: amount.nullable().optional() }),
  screening: withVariables({ program: z.enum(SCREENING_PROGRAMS) }),
  // The quotas come from the quotaUsage fact only.
  quotas: withVariables({ quotas: z.never().optional() }),
  'fund-statement': withVariables({}),
  service: withVariables({
    services: z.array(z.enum(SERVICE_CODES)).min(1).max(SERVICE_CODES.length),
    payer: z.enum(['gobmp', 'osms', 'dms', 'vms']).nullable().optional(),
    ground: z.literal('regardless').optional(),
    requires: z.array(code).max(20).optional(),
  }),
  'derived-service': withVariables({
    services: z.array(z.enum(SERVICE_CODES)).min(1).max(SERVICE_CODES.length),
    payer: z.enum(['gobmp', 'osms', 'dms', 'vms']).nullable().optional(),
    requires: z.array(code).max(20).optional(),
  }),
  'next-step': withVariables({
    step: code,
    order: z.number().int().min(0).max(10_000).optional(),
    amountKzt: amount.optional(),
    deadline: date.optional(),
    links: z.array(z.string().max(500)).max(20).optional(),
  }),
};
