#!/usr/bin/env node
// A person checks themselves: from their payment history, am I insured, what do I owe, what do I pay?
//   node examples/self-check.mjs [profile.json] [--locale ru|kk|en|ky]
import { readFileSync } from 'node:fs';
import { evaluate } from 'kz-health-coverage';

const file = process.argv[2] ?? new URL('./profiles/self-payer-with-debt.json', import.meta.url);
const locale = process.argv.includes('--locale') ? process.argv[process.argv.indexOf('--locale') + 1] : 'kk';
const { insurance, nextSteps } = await evaluate(JSON.parse(readFileSync(file, 'utf8')), { locale });
console.log(`status: ${insurance.status}${insurance.bases.length ? ` (${insurance.bases.join(', ')})` : ''}`);
if (insurance.debt) console.log(`debt: ${insurance.debt.months.join(', ')} → ${insurance.debt.amountKzt ?? 'employer'} KZT`);
for (const step of nextSteps.filter((s) => s.amountKzt !== undefined || s.deadline !== undefined)) {
  console.log(
    `pay: ${step.code}${step.amountKzt !== undefined ? ` ${step.amountKzt} KZT` : ''}${step.deadline ? ` before ${step.deadline}` : ''}`,
  );
  console.log(`     ${step.message}`);
}
