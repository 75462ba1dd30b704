#!/usr/bin/env node
// The registration desk: a patient asks for a service — what do we bill, and what must we ask for?
//   node examples/registration-desk.mjs [profile.json] [service]
import { readFileSync } from 'node:fs';
import { evaluate } from 'kz-health-coverage';

const file = process.argv[2] ?? new URL('./profiles/desk-patient.json', import.meta.url);
const requested = process.argv[3] ?? 'dynamic_observation';
const decision = await evaluate(JSON.parse(readFileSync(file, 'utf8')), { locale: 'ru' });
const service = decision.services[requested];
if (!service) {
  console.error(`unknown service ${requested}; one of: ${Object.keys(decision.services).join(', ')}`);
  process.exit(2);
}
console.log(`Service requested: ${requested} on ${decision.asOf}`);
if (service.covered) {
  console.log(`Bill: ${service.payer.toUpperCase()} (${service.reasons.join(', ')})`);
  console.log(service.requires.length ? `Ask the patient for: ${service.requires.join(', ')}` : 'Nothing more to ask for.');
} else {
  console.log(`Not covered by public funds: ${service.reasons.join(', ')} — offer paid care, and give the next steps:`);
  for (const step of decision.nextSteps) console.log(`  - ${step.message}`);
}
console.log(
  `OSMS: ${decision.insurance.status}${decision.insurance.validThrough ? `, valid through ${decision.insurance.validThrough}` : ''}`,
);
