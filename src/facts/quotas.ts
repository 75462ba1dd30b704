/**
 * Quotas: how much of each service of the quota table (parameters.quotas) a temporarily staying
 * foreigner has used and has left, and when the next use is available. RULES.md 6.
 */
import * as z from 'zod/mini';
import { t } from '../language/types';
import { quotaServices } from '../language/codes';
import { safePathResolver } from '../language/path';
import { shiftMonths } from '../calendar/months';
import type { Almanac } from './almanac';
import { type FactTable, none, params, safePath } from './fact';

export interface QuotaUse {
  service: string;
  limit: number;
  per: 'calendar_year' | 'six_months';
  used: number;
  remaining: number;
  nextAvailableOn: string | null;
}

/**
 * Use of each service of the quota table (parameters.quotas) from serviceUsage: uses on
 * or before asOf in the calendar year of asOf, or — per six months — uses whose date + 6
 * months is after asOf. nextAvailableOn: null while remaining > 0; else 1 January of the
 * next year, or 6 months after the use that frees a place first.
 */
export function quotaUsage(a: Almanac): QuotaUse[] {
  return a.once('quotaUsage', () => {
    const year = a.asOf.slice(0, 4);
    // One pass over the uses, grouped by service: linear in serviceUsage.
    const byService = new Map<string, string[]>();
    for (const u of a.profile.serviceUsage ?? []) {
      if (u.date > a.asOf) continue;
      const dates = byService.get(u.service);
      if (dates) dates.push(u.date);
      else byService.set(u.service, [u.date]);
    }
    return a.parameters.quotas.map(({ service, limit, per }) => {
      const uses = (byService.get(service) ?? [])
        .filter((date) => (per === 'calendar_year' ? date.startsWith(year) : shiftMonths(date, 6) > a.asOf))
        .sort();
      const remaining = Math.max(0, limit - uses.length);
      let nextAvailableOn: string | null = null;
      if (remaining === 0)
        nextAvailableOn = per === 'calendar_year' ? `${Number(year) + 1}-01-01` : shiftMonths(uses[uses.length - limit] as string, 6);
      return { service, limit, per, used: uses.length, remaining, nextAvailableOn };
    });
  });
}

/** Remaining uses of the quota service named at `path` (e.g. visit.specialist); null when the profile names none. */
export function quotaRemaining(a: Almanac, p: { path?: unknown }): number | null {
  const service = typeof p.path === 'string' ? safePathResolver(a.profile, p.path) : undefined;
  return quotaUsage(a).find((q) => q.service === service)?.remaining ?? null;
}

const quotaUse = t.object({
  service: t.code(quotaServices),
  limit: t.integer(),
  per: t.code(['calendar_year', 'six_months']),
  used: t.integer(),
  remaining: t.integer(),
  nextAvailableOn: t.nullable(t.date()),
});

export const quotaFacts = {
  quotaUsage: { stage: 'eligibility', type: t.list(quotaUse), params: none, value: quotaUsage },
  quotaRemaining: {
    stage: 'eligibility',
    type: t.nullable(t.integer()),
    params: params(() => ({ path: z.optional(safePath()) })),
    value: quotaRemaining,
  },
} satisfies FactTable;
