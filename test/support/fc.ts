/** fast-check run settings, pinned: FC_SEED reproduces a run, FC_RUNS sets how many cases. fast-check prints the seed on failure. */
export const fcOptions = { seed: Number(process.env.FC_SEED ?? 20261122), numRuns: Number(process.env.FC_RUNS ?? 150) };
