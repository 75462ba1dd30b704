import { build } from 'esbuild';
import { brotliCompressSync } from 'node:zlib';
for (const c of ["export * as z from 'zod'", "export * as z from 'zod/mini'", "export { Engine, Rule } from 'json-rules-engine'", "export {JSONPath} from 'jsonpath-plus'", "export {EventEmitter2} from 'eventemitter2'", "import r from './src/generated/rules.json'; export default r", "import r from './src/generated/data.json'; export default r", "import a from './src/messages/ru.json'; export default a", "import a from './src/messages/validation.json'; export default a"]) {
const r = await build({ stdin: { contents: c, resolveDir: process.cwd() }, bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, charset: 'utf8' });
const out = r.outputFiles[0].contents; console.log(c.slice(0,60), out.length, brotliCompressSync(out).length);
}
