import { build } from 'esbuild';
import { brotliCompressSync } from 'node:zlib';
const r = await build({ entryPoints: { app: 'scripts/probe-entry.tmp.js' }, bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, metafile: true, splitting: true, outdir: '/tmp/probe', charset: 'utf8' });
for (const f of r.outputFiles) console.log(f.path, f.contents.length, brotliCompressSync(f.contents).length);
const entry = Object.entries(r.metafile.outputs).find(([k,v])=>v.entryPoint);
const initial = new Set([entry[0]]); for (const i of entry[1].imports) if (i.kind==='import-statement') initial.add(i.path);
let total=0; for (const f of r.outputFiles) if ([...initial].some(p=>f.path.endsWith(p.replace(/^.*\//,'')))) total+=brotliCompressSync(f.contents).length;
console.log('initial brotli', total);
const groups = {};
for (const o of initial) for (const [k,v] of Object.entries(r.metafile.outputs[o].inputs)) { const g = k.includes('node_modules') ? k.split('node_modules/')[1].split('/').slice(0, k.split('node_modules/')[1].startsWith('@')?2:1).join('/') : k; groups[g]=(groups[g]??0)+v.bytesInOutput; }
console.log(Object.entries(groups).sort((a,b)=>b[1]-a[1]).slice(0,30));
