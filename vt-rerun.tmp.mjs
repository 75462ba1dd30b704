import { createVitest } from 'vitest/node';
const ctx = await createVitest('test', { config: 'vitest.config.ts', pool: 'threads', maxWorkers: 1, watch: false, coverage: { enabled: false }, bail: 1 , reporters: []});
const files = process.argv.slice(2);
for (let i = 0; i < 4; i++) {
  ctx.state.filesMap.clear();
  const t = performance.now();
  await ctx.start(files);
  console.log('run', i, Math.round(performance.now() - t), 'ms', ctx.state.getFiles().length, 'files');
}
await ctx.close();
