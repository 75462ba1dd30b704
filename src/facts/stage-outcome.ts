import type { GOBMP_PACKAGES } from '../language/codes';

/** What earlier stages decided, handed to later stages as facts (./outcomes.ts). */
export interface StageOutcome {
  packages: { gobmp: (typeof GOBMP_PACKAGES)[number]; osms: boolean; dms: boolean; vms: boolean };
  excludedPaymentKinds: string[];
  insurance: { status: 'insured' | 'not_insured' | 'not_applicable'; bases: string[]; stateInsured: boolean };
  eligibleScreenings: string[];
  services: Record<string, { covered: boolean; payer: string | null; reasons: string[]; requires: string[] }>;
  grace: { lastPaidMonth: string; endsOn: string } | null;
}

/** The outcome before any stage has run: no package, not applicable, nothing decided. */
export function emptyOutcome(): StageOutcome {
  return {
    packages: { gobmp: 'none', osms: false, dms: false, vms: false },
    excludedPaymentKinds: [],
    insurance: { status: 'not_applicable', bases: [], stateInsured: false },
    eligibleScreenings: [],
    services: {},
    grace: null,
  };
}
