/**
 * What earlier stages decided, as facts of the later ones: the packages (after eligibility), the
 * insured status and its grace (after insurance), the eligible screenings (after consequences)
 * and the services (after coverage). The stage that offers each is the first that may read it.
 */
import { t } from '../language/types';
import { GOBMP_PACKAGES, PAYERS, SCREENING_PROGRAMS, SERVICE_CODES } from '../language/codes';
import { graceType } from './coverage';
import { type FactTable, none } from './fact';

const service = t.object({
  covered: t.boolean(),
  payer: t.nullable(t.code(PAYERS)),
  reasons: t.list(t.string()),
  requires: t.list(t.string()),
});

export const outcomeFacts = {
  packages: {
    stage: 'insurance',
    type: t.object({ gobmp: t.code(GOBMP_PACKAGES), osms: t.boolean(), dms: t.boolean(), vms: t.boolean() }),
    settled: true,
    params: none,
    value: (a) => a.outcome.packages,
  },
  insurance: {
    stage: 'consequences',
    type: t.object({ status: t.code(['insured', 'not_insured', 'not_applicable']), bases: t.list(t.string()), stateInsured: t.boolean() }),
    params: none,
    value: (a) => a.outcome.insurance,
  },
  insuranceGrace: { stage: 'consequences', type: t.nullable(graceType), params: none, value: (a) => a.outcome.grace },
  eligibleScreenings: {
    stage: 'coverage',
    type: t.list(t.code(SCREENING_PROGRAMS)),
    params: none,
    value: (a) => a.outcome.eligibleScreenings,
  },
  services: {
    stage: 'derived',
    type: t.object(Object.fromEntries(SERVICE_CODES.map((code) => [code, service]))),
    params: none,
    value: (a) => a.outcome.services,
  },
} satisfies FactTable;
