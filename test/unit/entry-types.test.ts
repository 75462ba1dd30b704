import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// One declaration of each public type across `.` and `./testing`: a consumer that passes the
// main entry's evaluator and Decision to the testing entry's invariants typechecks under every
// module resolution a project may use (dist/ is built by the global setup). Under node10 the two
// entries used to declare unrelated types (TS2345 twice).
const root = join(__dirname, '..', '..');
const consumer = `
import { ProfileValidationError, createEvaluator, type Decision, type Evaluator } from 'kz-health-coverage';
import { arbitraries, invariants } from 'kz-health-coverage/testing';

const evaluator: Evaluator = createEvaluator({ locale: 'en' });

export async function check(profile: unknown): Promise<string[]> {
  const decision: Decision = await evaluator.evaluate({ person: { birthDate: '1990-04-12', sex: 'male' }, residency: { status: 'citizen' } }, { asOf: '2025-06-15' });
  const deterministic: string[] = await invariants.deterministic(evaluator, profile);
  for await (const result of evaluator.evaluateMany([profile])) {
    const error: ProfileValidationError | Decision = result;
    if (error instanceof ProfileValidationError) return error.issues.map((i) => i.message);
  }
  return [...invariants.decision(decision), ...deterministic, typeof arbitraries.profile];
}
`;

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kz-types-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'kz-health-coverage'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  for (const name of ['consumer.ts', 'consumer.mts', 'consumer.cts']) writeFileSync(join(dir, name), consumer);
  return dir;
}

// TypeScript's own lib files are parsed once for the three programs.
const libs = new Map<string, ts.SourceFile | undefined>();

function errorsOf(dir: string, files: string[], options: ts.CompilerOptions): string[] {
  const all = { strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022, types: [], ...options };
  const host = ts.createCompilerHost(all);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => {
    if (!/[\\/]typescript[\\/]lib[\\/]/.test(name)) return read(name, version, ...rest);
    if (!libs.has(name)) libs.set(name, read(name, version, ...rest));
    return libs.get(name);
  };
  const program = ts.createProgram(
    files.map((f) => join(dir, f)),
    all,
    host,
  );
  return ts.getPreEmitDiagnostics(program).map((d) => `TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0]}`);
}

describe('the types of both entries under every module resolution', () => {
  const dir = project();

  it('node10 (moduleResolution node, module commonjs)', () => {
    expect(
      errorsOf(dir, ['consumer.ts'], {
        module: ts.ModuleKind.CommonJS,
        moduleResolution: ts.ModuleResolutionKind.Node10,
        ignoreDeprecations: '6.0',
      }),
    ).toEqual([]);
  });

  it('node16, from an ES module and from a CommonJS module', () => {
    const node16 = { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 };
    expect(errorsOf(dir, ['consumer.mts', 'consumer.cts'], node16)).toEqual([]);
  });

  it('bundler', () => {
    expect(
      errorsOf(dir, ['consumer.ts'], {
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
      }),
    ).toEqual([]);
  });
});
