/**
 * The stages a decision runs, in order. Each stage's rules see the facts of that stage and of
 * every earlier one (src/facts/registry.ts); what a stage decides becomes facts of the next.
 */
export const STAGE_ORDER = ['eligibility', 'insurance', 'consequences', 'coverage', 'derived', 'guidance'] as const;
export type Stage = (typeof STAGE_ORDER)[number];
