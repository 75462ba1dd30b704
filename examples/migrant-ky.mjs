#!/usr/bin/env node
// A labour migrant from Kyrgyzstan, in Kyrgyz: what cover, what quotas, what to do first.
//   node examples/migrant-ky.mjs [profile.json]
import { readFileSync } from 'node:fs';
import { evaluate } from 'kz-health-coverage';

const file = process.argv[2] ?? new URL('./profiles/migrant-kg.json', import.meta.url);
const d = await evaluate(JSON.parse(readFileSync(file, 'utf8')), { locale: 'ky' });
console.log(`GOBMP: ${d.packages.gobmp}; DMS: ${d.packages.dms}; OSMS: ${d.insurance.status}`);
for (const q of d.quotas.filter((q) => q.used > 0))
  console.log(`quota ${q.service}: ${q.remaining}/${q.limit}${q.nextAvailableOn ? ` → ${q.nextAvailableOn}` : ''}`);
d.nextSteps.forEach((s, i) => console.log(`${i + 1}. ${s.message}`));
