#!/usr/bin/env node
// Evaluates one profile file with the built package and prints the decision as a short summary.
//   node examples/evaluate-profile.mjs <profile.json> [--as-of YYYY-MM-DD] [--locale ru|kk|en|ky] [--json]
// The package imports itself by name (Node's package self-reference), exactly as an app would.
import { readFileSync } from 'node:fs';
import { ProfileValidationError, evaluate } from 'kz-health-coverage';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const file = args.find((a, i) => !a.startsWith('--') && !['--as-of', '--locale'].includes(args[i - 1]));
if (!file) {
  console.error('usage: node examples/evaluate-profile.mjs <profile.json> [--as-of YYYY-MM-DD] [--locale ru|kk|en|ky] [--json]');
  process.exit(2);
}

try {
  const options = { locale: flag('--locale') ?? 'en', ...(flag('--as-of') ? { asOf: flag('--as-of') } : {}) };
  const d = await evaluate(JSON.parse(readFileSync(file, 'utf8')), options);
  if (args.includes('--json')) {
    console.log(JSON.stringify(d, null, 2));
  } else {
    const money = (n) => (n === null ? '—' : `${n.toLocaleString('en-US').replace(/,/g, ' ')} KZT`);
    console.log(`Decision for ${file} on ${d.asOf} (rules ${d.rulesetVersion})`);
    console.log(`  packages:   GOBMP ${d.packages.gobmp}, OSMS participant ${d.packages.osms}, DMS ${d.packages.dms}, VMS ${d.packages.vms}`);
    console.log(`  insurance:  ${d.insurance.status}${d.insurance.bases.length ? ` (${d.insurance.bases.join(', ')})` : ''}`);
    if (d.insurance.validThrough) console.log(`  valid through ${d.insurance.validThrough}`);
    if (d.insurance.grace) console.log(`  grace:      last paid ${d.insurance.grace.lastPaidMonth}, ends ${d.insurance.grace.endsOn}`);
    if (d.insurance.debt) console.log(`  debt:       ${d.insurance.debt.months.length} months (${d.insurance.debt.months.join(', ')}), ${money(d.insurance.debt.amountKzt)}`);
    if (d.insurance.monthlyContributionKzt !== null) console.log(`  monthly:    ${money(d.insurance.monthlyContributionKzt)}`);
    console.log('  why:');
    for (const r of d.reasons) console.log(`    - ${r.message} [${r.ruleId}; ${r.source.document}]`);
  }
} catch (error) {
  if (!(error instanceof ProfileValidationError)) throw error;
  console.error('Invalid profile:');
  for (const issue of error.issues) console.error(`  ${issue.path.join('.') || '(root)'}: ${issue.message} [${issue.code}]`);
  process.exit(1);
}
