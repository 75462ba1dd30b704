// A typedoc plugin for the API reference (typedoc.json "plugin"), with two jobs:
//
// 1. Types as written. TypeScript resolves `ProfileInput` (z.input<typeof profileSchema>) and
//    `Decision` (z.infer<…>) into the whole object type, and typedoc would print that object in
//    every signature that takes or returns one (the `evaluate` page was 19 548 px tall). Where a
//    parameter, a return type or a property is written as a type reference, the page shows that
//    reference, linked to its own page.
// 2. Names and categories. An entry point is shown by its import path (`entryPointNames`:
//    kz-health-coverage, kz-health-coverage/testing), not by its file name; `exportCategories`
//    names the category of every export (Evaluating, Validation, Rulesets, Testing) without a tag
//    in the source. An export left out is a warning, and warnings are errors, so a new export
//    cannot land in "Other" unnoticed.
import { Comment, CommentTag, Converter, ParameterType, ReflectionKind } from 'typedoc';
import ts from 'typescript';

/**
 * Whether a written type node names its types (Decision, Promise<Decision>, Profile & { asOf },
 * A | B, Decision[]): converted from the node, each name stays a name.
 */
function isWrittenReference(node) {
  if (node === undefined) return false;
  if (ts.isTypeReferenceNode(node)) return true;
  if (ts.isArrayTypeNode(node)) return isWrittenReference(node.elementType);
  if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node)) {
    return node.types.some(isWrittenReference) && node.types.every((t) => isWrittenReference(t) || isLeaf(t));
  }
  return false;
}

/** Literals, keywords (string, undefined) and object literals: the same from the node as from the type. */
const isLeaf = (node) =>
  ts.isLiteralTypeNode(node) ||
  ts.isTypeLiteralNode(node) ||
  (node.kind >= ts.SyntaxKind.FirstKeyword && node.kind <= ts.SyntaxKind.LastKeyword);

function typesAsWritten(context, signature, declaration) {
  if (declaration === undefined || !('parameters' in declaration)) return;
  const scoped = context.withScope(signature);
  for (const [i, parameter] of (signature.parameters ?? []).entries()) {
    const node = declaration.parameters[i]?.type;
    if (isWrittenReference(node)) parameter.type = scoped.converter.convertType(scoped.withScope(parameter), node);
  }
  if (isWrittenReference(declaration.type)) signature.type = scoped.converter.convertType(scoped, declaration.type);
}

/** A property (`Ruleset.parameters: Parameters`) shows its written type reference too. */
function propertyAsWritten(context, reflection) {
  if (!reflection.kindOf(ReflectionKind.Property)) return;
  const node = context.getSymbolFromReflection(reflection)?.declarations?.[0]?.type;
  if (isWrittenReference(node)) reflection.type = context.converter.convertType(context.withScope(reflection), node);
}

function categorise(context, app) {
  const names = app.options.getValue('entryPointNames');
  const categories = app.options.getValue('exportCategories');
  const categoryOf = new Map(Object.entries(categories).flatMap(([category, names]) => names.map((name) => [name, category])));
  for (const module of context.project.getReflectionsByKind(ReflectionKind.Module)) {
    if (Object.hasOwn(names, module.name)) module.name = names[module.name];
    for (const child of module.children ?? []) {
      const category = categoryOf.get(child.name);
      if (category === undefined) {
        app.logger.warn(`${module.name}.${child.name} has no category: add it to exportCategories in typedoc.json`);
        continue;
      }
      child.comment ??= new Comment();
      child.comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: category }]));
    }
  }
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.options.addDeclaration({
    name: 'exportCategories',
    help: 'The category of each export: { "Category": ["exportName", …] }',
    type: ParameterType.Mixed,
    defaultValue: {},
  });
  app.options.addDeclaration({
    name: 'entryPointNames',
    help: 'The import path each entry point is shown as: { "index": "kz-health-coverage", … }',
    type: ParameterType.Mixed,
    defaultValue: {},
  });
  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => typesAsWritten(context, signature, declaration));
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => propertyAsWritten(context, reflection));
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => categorise(context, app));
}
