import { build } from 'esbuild';
const r = await build({ entryPoints: ['src/index.ts'], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, metafile: true, outdir: '/tmp/p3', splitting: true, charset: 'utf8' });
const out = Object.values(r.metafile.outputs).find(o=>o.entryPoint);
console.log(Object.entries(out.inputs).map(([k,v])=>[k,v.bytesInOutput]).sort((a,b)=>b[1]-a[1]).slice(0,40).map(x=>x.join(' ')).join('\n'));
