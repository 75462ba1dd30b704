import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every public function, class and type has JSDoc with an @example (as date-fns does); typedoc
// (npm run docs) fails on a missing comment, this test on a missing example.
const root = join(__dirname, '..', '..');
const entries = [join(root, 'src', 'index.ts'), join(root, 'src', 'testing', 'index.ts')];
const program = ts.createProgram(entries, {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  resolveJsonModule: true,
  target: ts.ScriptTarget.ES2022,
  strict: true,
});
const checker = program.getTypeChecker();

function publicSymbols(entry: string): { name: string; examples: number; documented: boolean }[] {
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`no source ${entry}`);
  const module = checker.getSymbolAtLocation(source);
  return checker.getExportsOfModule(module as ts.Symbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.getDeclarations() ?? [];
    const tags = declarations.flatMap((d) => ts.getJSDocTags(d));
    const docs = declarations.flatMap((d) => ts.getJSDocCommentsAndTags(d));
    return { name: exported.getName(), examples: tags.filter((t) => t.tagName.text === 'example').length, documented: docs.length > 0 };
  });
}

describe('the public API documentation', () => {
  for (const entry of entries) {
    const symbols = publicSymbols(entry);
    it(`every export of ${entry.slice(root.length + 1)} has JSDoc and an @example`, () => {
      expect(symbols.length).toBeGreaterThan(3);
      expect(symbols.filter((s) => !s.documented).map((s) => s.name)).toEqual([]);
      expect(symbols.filter((s) => s.examples === 0).map((s) => s.name)).toEqual([]);
    });
  }
});
