#!/usr/bin/env node
// Writes the generated parts of docs/rule-language.md — the operators, the facts of each stage and
// the event types with their params — between marker comments (`<!-- generated:NAME -->` …
// `<!-- /generated:NAME -->`), from the library's own tables, so the hand-written text around them
// stays. `--check` exits 1 when a part is out of date (test/docs/rule-language.test.ts does the
// same check in the test suite).
//
// The tables are TypeScript: they are bundled in memory with esbuild (as scripts/build-ruleset.mjs
// bundles json-rules-engine) and imported from the bundle. Every module this script reads is named
// in SOURCES below, and nowhere else: a module that moves needs one edit here.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'docs', 'rule-language.md');

/** The modules read, each with the names taken from it. */
export const SOURCES = {
  'src/facts/registry.ts': ['FACTS'],
  'src/language/operators.ts': ['OUR_OPERATORS'],
  'src/language/events.ts': ['EVENT_TYPES'],
  'src/language/stages.ts': ['STAGE_ORDER'],
  'src/language/event-params.ts': ['EVENT_PARAMS', 'STATIC_EVENT_PARAMS'],
  'src/parameters/parameters.ts': ['shippedParameters'],
  'src/ruleset/load.ts': ['loadRuleset'],
  'src/ruleset/validate.ts': ['validateRuleset'],
};

/** The library's tables (bundled from SOURCES on first use). */
let tables;
async function load() {
  if (tables) return tables;
  const { build } = await import('esbuild');
  const contents = Object.entries(SOURCES)
    .map(([file, names]) => `export { ${names.join(', ')} } from './${file}';`)
    .join('\n');
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'rule-language-entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  tables = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return tables;
}

// ---------------------------------------------------------------------------------------------
// Words for types

/** Markdown table cells: no line breaks, no unescaped pipes. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const code = (text) => `\`${text}\``;
const codes = (values, max = 12) =>
  values.length <= max ? values.map(code).join(', ') : `${values.slice(0, max).map(code).join(', ')}, … (${values.length} in all)`;

/** A value type (src/language/types.ts ValueType) in words, objects with their fields. */
export function typeText(type, depth = 0) {
  switch (type.kind) {
    case 'any':
      return 'any value';
    case 'undefined':
      return 'absent';
    case 'null':
      return 'null';
    case 'boolean':
      return 'boolean';
    case 'number':
      return type.integer ? 'whole number' : 'number';
    case 'string':
      if (type.values) return `one of ${codes(type.values)}`;
      return type.format === 'date' ? 'date (YYYY-MM-DD)' : type.format === 'month' ? 'month (YYYY-MM)' : 'string';
    case 'list':
      return `list of ${typeText(type.item, depth + 1)}`;
    case 'union': {
      const options = type.options.map((o) => typeText(o, depth));
      return options.join(' or ');
    }
    case 'object': {
      const entries = Object.entries(type.fields);
      const rest = type.rest ? [`[key]: ${typeText(type.rest, depth + 1)}`] : [];
      if (entries.length === 0) return `{ ${rest.join(', ')} }`;
      if (depth >= 1) return `{ ${entries.map(([k]) => k).join(', ')}${rest.length ? ', …' : ''} }`;
      // Many fields of one type (the services): the keys, then the type once.
      const shapes = new Set(entries.map(([, v]) => JSON.stringify(v)));
      if (entries.length > 3 && shapes.size === 1)
        return `{ [${entries.map(([k]) => k).join(' | ')}]: ${typeText(entries[0][1], depth + 1)} }`;
      return `{ ${[...entries.map(([k, v]) => `${k}: ${typeText(v, depth + 1)}`), ...rest].join(', ')} }`;
    }
    default:
      return 'any value';
  }
}

/** A zod/mini schema in words (the params of facts and events). */
export function schemaText(schema) {
  const def = schema._zod.def;
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const range = () => {
    const low = checks.find((c) => c.check === 'greater_than');
    const high = checks.find((c) => c.check === 'less_than');
    if (!low && !high) return '';
    const n = (v) => (Math.abs(v) >= 1e6 ? v.toExponential().replace('e+', 'e') : String(v));
    return ` ${low ? n(low.value) : '…'}–${high ? n(high.value) : '…'}`;
  };
  const length = () => {
    const max = checks.find((c) => c.check === 'max_length');
    const min = checks.find((c) => c.check === 'min_length');
    return min || max ? ` (${min ? `${min.minimum}` : '0'}–${max ? max.maximum : '…'} items)` : '';
  };
  switch (def.type) {
    case 'optional':
      return schemaText(def.innerType);
    case 'nullable':
      return `${schemaText(def.innerType)} or null`;
    case 'string': {
      const pattern = checks.find((c) => c.check === 'string_format' && c.format === 'regex');
      if (pattern && String(pattern.pattern) === String(/^\d{4}-\d{2}-\d{2}$/)) return 'date (YYYY-MM-DD)';
      if (pattern && String(pattern.pattern) === String(/^\d{4}-\d{2}$/)) return 'month (YYYY-MM)';
      if (pattern && String(pattern.pattern) === String(/^\d{4}-\d{2}(-\d{2})?$/)) return 'date or month';
      if (pattern && String(pattern.pattern).startsWith('/^[a-z]')) return 'code';
      if (pattern && String(pattern.pattern).startsWith('/^[A-Za-z]')) return 'message key';
      return 'string';
    }
    case 'number':
      return `${checks.some((c) => c.check === 'number_format') ? 'whole number' : 'number'}${range()}`;
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'never':
      return 'never (not allowed)';
    case 'literal':
      return def.values.map((v) => code(JSON.stringify(v))).join(' or ');
    case 'enum':
      return `one of ${codes(Object.values(def.entries))}`;
    case 'array':
      return `list of ${schemaText(def.element)}${length()}`;
    case 'union':
      return def.options.map(schemaText).join(' or ');
    case 'record':
      return `{ [key]: ${schemaText(def.valueType)} }`;
    case 'object':
      return `{ ${Object.entries(def.shape)
        .map(([k, v]) => `${k}${v._zod.def.type === 'optional' ? '?' : ''}: ${schemaText(v)}`)
        .join(', ')} }`;
    default:
      return def.type;
  }
}

/** The keys of an object schema, each `key?: type` (optional) or `key: type`, and what other keys may hold. */
function shapeText(schema) {
  const def = schema._zod.def;
  const keys = Object.entries(def.shape).map(([k, v]) => `${code(`${k}${v._zod.def.type === 'optional' ? '?' : ''}`)}: ${schemaText(v)}`);
  const catchall = def.catchall && def.catchall._zod.def.type !== 'never' ? def.catchall : undefined;
  return { keys, catchall };
}

// ---------------------------------------------------------------------------------------------
// Operators: what each accepts, found by running it on samples of every kind of value

/** Sample values of each kind a fact or a value can be. */
const SAMPLES = {
  'finite number': [0, 1, 5, 2.5, -3],
  'Infinity / NaN': [Number.POSITIVE_INFINITY, Number.NaN],
  date: ['2025-01-01', '2025-06-15'],
  month: ['2025-01', '2025-06'],
  'numeric string': ['5', '10'],
  'other string': ['a', 'b', 'ab'],
  boolean: [true, false],
  null: [null],
  absent: [undefined],
};
// A list or object in a rule or a fact is JSON: no undefined, NaN or Infinity in it.
const JSON_SCALARS = Object.entries(SAMPLES).flatMap(([kind, values]) => (kind === 'Infinity / NaN' || kind === 'absent' ? [] : values));
SAMPLES.list = [[], ...JSON_SCALARS.map((v) => [v]), JSON_SCALARS, ['a', 'b'], [0, 1, 5], ['2025-01-01']];
SAMPLES.object = [{ a: 1 }, {}];
const KINDS = Object.keys(SAMPLES);

/** Whether `operator` is true for some pair of samples of each pair of kinds: the kinds it accepts on each side. */
function acceptedKinds(operator) {
  const fact = new Set();
  const value = new Set();
  for (const left of KINDS) {
    for (const right of KINDS) {
      // The value side a copy: two values of a rule are never the same list or object.
      const some = SAMPLES[left].some((a) => SAMPLES[right].some((b) => operator(a, structuredClone(b)) === true));
      if (some) {
        fact.add(left);
        value.add(right);
      }
    }
  }
  return { fact: KINDS.filter((k) => fact.has(k)), value: KINDS.filter((k) => value.has(k)) };
}

/** Sample pairs on which stock json-rules-engine's operator fires (or throws) and ours does not. */
function stockDifferences(name, ours, stock) {
  if (stock === undefined) return 'not in stock json-rules-engine';
  const found = [];
  for (const left of KINDS) {
    for (const right of KINDS) {
      for (const a of SAMPLES[left]) {
        for (const b of SAMPLES[right]) {
          let outcome;
          try {
            outcome = stock.evaluate(a, structuredClone(b)) ? 'true' : 'false';
          } catch {
            outcome = 'throws';
          }
          if (outcome === 'false' || ours(a, structuredClone(b)) === true) continue;
          const key = `${outcome}: ${left} ${name} ${right}`;
          if (!found.some((f) => f.key === key)) found.push({ key, outcome, left, right, example: `${show(a)} ${name} ${show(b)}` });
        }
      }
    }
  }
  if (found.length === 0) return 'same';
  // The telling pairs first: dates and numeric strings, which stock compares as numbers or text.
  const rank = (kind) => PREFERRED.indexOf(kind);
  found.sort((x, y) => rank(x.left) - rank(y.left) || rank(x.right) - rank(y.right));
  const throws = found.filter((f) => f.outcome === 'throws');
  const fires = found.filter((f) => f.outcome === 'true');
  // Up to three examples, of different kinds on the fact side where there are.
  const pick = (list) => {
    const firsts = list.filter((f, i) => list.findIndex((g) => g.left === f.left) === i);
    return [...firsts, ...list.filter((f) => !firsts.includes(f))].slice(0, 3);
  };
  const part = (list, verb) =>
    list.length === 0
      ? []
      : [
          `${verb}: ${pick(list)
            .map((f) => code(f.example))
            .join(', ')}${list.length > 3 ? ` (${list.length} kinds of pair)` : ''}`,
        ];
  return [...part(fires, 'stock true, ours false'), ...part(throws, 'stock throws, ours false')].join('; ');
}
const PREFERRED = [
  'date',
  'month',
  'numeric string',
  'Infinity / NaN',
  'boolean',
  'null',
  'finite number',
  'other string',
  'absent',
  'list',
  'object',
];
const show = (v) =>
  v === undefined ? 'undefined' : Number.isNaN(v) ? 'NaN' : v === Number.POSITIVE_INFINITY ? 'Infinity' : JSON.stringify(v);

/**
 * What each operator means and a condition using it; `holds` is a fact value for which the example
 * is true (checked when the document is generated). An operator without an entry here stops the
 * script: every operator is written down.
 */
const OPERATOR_NOTES = {
  equal: {
    meaning: 'the same value and type (`===`)',
    example: { fact: 'profile', path: 'residency.status', operator: 'equal', value: 'citizen' },
    holds: 'citizen',
  },
  notEqual: { meaning: 'not `===`', example: { fact: 'packages', path: 'gobmp', operator: 'notEqual', value: 'none' }, holds: 'full' },
  in: {
    meaning: 'the fact is an item of the value (a list)',
    example: { fact: 'profile', path: 'residency.status', operator: 'in', value: ['citizen', 'kandas'] },
    holds: 'kandas',
  },
  notIn: {
    meaning: 'the value is a list and the fact is not an item of it',
    example: { fact: 'voluntaryPayer', operator: 'notIn', value: ['dms', 'vms'] },
    holds: null,
  },
  contains: {
    meaning: 'the fact (a list) has the value as an item',
    example: { fact: 'activeCategories', operator: 'contains', value: 'pension_recipient' },
    holds: ['pension_recipient'],
  },
  doesNotContain: {
    meaning: 'the fact is a list without the value',
    example: { fact: 'activePolicies', operator: 'doesNotContain', value: 'dms' },
    holds: [],
  },
  lessThan: { meaning: 'fact < value, both finite numbers', example: { fact: 'age', operator: 'lessThan', value: 18 }, holds: 17 },
  lessThanInclusive: {
    meaning: 'fact ≤ value, both finite numbers',
    example: { fact: 'age', operator: 'lessThanInclusive', value: 17 },
    holds: 17,
  },
  greaterThan: {
    meaning: 'fact > value, both finite numbers',
    example: { fact: 'arrears', path: 'monthCount', operator: 'greaterThan', value: 0 },
    holds: 3,
  },
  greaterThanInclusive: {
    meaning: 'fact ≥ value, both finite numbers',
    example: { fact: 'coveredRun', operator: 'greaterThanInclusive', value: { param: 'contributions.consecutiveMonths' } },
    holds: 12,
    value: 12,
  },
  onOrAfter: {
    meaning: 'fact ≥ value as dates or months (YYYY-MM-DD or YYYY-MM strings, compared as text)',
    example: { fact: 'asOf', operator: 'onOrAfter', value: '2026-01-01' },
    holds: '2026-03-01',
  },
  onOrBefore: {
    meaning: 'fact ≤ value as dates or months',
    example: { fact: 'categoryValidThrough', operator: 'onOrBefore', value: { fact: 'asOf' } },
    holds: '2025-06-30',
    value: '2025-07-01',
  },
  containsAny: {
    meaning: 'the fact and the value (lists) share an item',
    example: { fact: 'riskGroups', operator: 'containsAny', value: ['pregnant', 'hiv'] },
    holds: ['hiv'],
  },
  containsNone: {
    meaning: 'the fact and the value are lists sharing no item',
    example: { fact: 'paymentKindsPresent', operator: 'containsNone', value: ['esp'] },
    holds: ['self_payer'],
  },
};

function stockOperators() {
  // The stock operators of the pinned json-rules-engine (a devDependency), through its own module.
  const require = createRequire(join(root, 'package.json'));
  const list = require('json-rules-engine/dist/engine-default-operators.js').default;
  return new Map(list.map((o) => [o.name, o]));
}

/** Every example is a condition `validateRuleset` accepts (in a guidance rule, which may read every fact). */
function validateExamples({ loadRuleset, validateRuleset }) {
  const ruleset = loadRuleset();
  for (const [name, { example }] of Object.entries(OPERATOR_NOTES)) {
    ruleset.rules.push({
      meta: {
        id: `docs.example-${name.toLowerCase()}`,
        sources: [{ document: ruleset.rules[0].meta.sources[0].document }],
        effective: { from: '2020-01-01' },
      },
      conditions: { all: [example] },
      event: { type: 'next-step', params: { step: 'docs_example' } },
    });
  }
  try {
    validateRuleset(ruleset);
  } catch (error) {
    throw new Error(`scripts/rule-language.mjs: an operator example does not validate: ${JSON.stringify(error.issues ?? error.message)}`);
  }
}

function operatorsTable({ OUR_OPERATORS, ...t }) {
  validateExamples(t);
  const stock = stockOperators();
  const lines = [
    '| operator | true when | fact side | value side | stock json-rules-engine, where it differs | example |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const [name, operator] of Object.entries(OUR_OPERATORS)) {
    const note = OPERATOR_NOTES[name];
    if (note === undefined) throw new Error(`scripts/rule-language.mjs: operator "${name}" has no entry in OPERATOR_NOTES`);
    const right = 'value' in note ? note.value : note.example.value;
    if (operator(note.holds, right) !== true)
      throw new Error(`scripts/rule-language.mjs: the example of "${name}" is not true for ${JSON.stringify(note.holds)}`);
    const { fact, value } = acceptedKinds(operator);
    lines.push(
      `| ${code(name)} | ${cell(note.meaning)} | ${cell(fact.join(', '))} | ${cell(value.join(', '))} | ${cell(stockDifferences(name, operator, stock.get(name)))} | ${cell(code(JSON.stringify(note.example)))} (true for ${cell(code(JSON.stringify(note.holds)))}) |`,
    );
  }
  const unknown = Object.keys(OPERATOR_NOTES).filter((name) => !Object.hasOwn(OUR_OPERATORS, name));
  if (unknown.length > 0)
    throw new Error(`scripts/rule-language.mjs: OPERATOR_NOTES describes operators that do not exist: ${unknown.join(', ')}`);
  return [
    `${Object.keys(OUR_OPERATORS).length} operators (\`src/language/operators.ts\`). "Fact side" and "value side" are the kinds of value for which the operator can be true at all — found by running it on samples of every kind (${KINDS.join(', ')}); on any other kind it is false. The stock column runs json-rules-engine 7.3.1's own operator on the same samples.`,
    '',
    ...lines,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Facts and events

function paramsText(schema) {
  const { keys } = shapeText(schema);
  return keys.length === 0 ? '—' : keys.join('; ');
}

function factsTables({ FACTS, STAGE_ORDER, shippedParameters }) {
  const out = [];
  const offered = [];
  for (const stage of STAGE_ORDER) {
    const own = Object.entries(FACTS).filter(([, f]) => f.stage === stage);
    out.push(`#### ${stage}`, '');
    const facts = (n) => `${n} fact${n === 1 ? '' : 's'}`;
    out.push(
      offered.length === 0
        ? `Offers ${facts(own.length)} of its own.`
        : `Offers ${facts(own.length)} of its own${own.length === 0 ? '' : ','} and every fact of the stages above (${offered.length + own.length} in all).`,
      '',
    );
    if (own.length > 0) {
      out.push('| fact | params | value | settled |', '| --- | --- | --- | --- |');
      for (const [name, fact] of own) {
        const type =
          typeof fact.type === 'function'
            ? `the ruleset's parameters (data/), typed by their values: { ${Object.keys(shippedParameters(false)).join(', ')} }`
            : typeText(fact.type);
        out.push(`| ${code(name)} | ${cell(paramsText(fact.params()))} | ${cell(type)} | ${fact.settled ? 'yes' : ''} |`);
      }
      out.push('');
    }
    offered.push(...own.map(([name]) => name));
  }
  return [`${Object.keys(FACTS).length} facts (\`FACTS\` in \`src/facts/registry.ts\`), by the stage that first offers them.`, '', ...out]
    .join('\n')
    .trimEnd();
}

/** A fold of src/language/events.ts in words. */
function foldText(fold) {
  switch (fold.by) {
    case 'first':
      return 'the first rule in file order';
    case 'every':
      return 'every rule, in file order';
    case 'union':
      return fold.sorted ? 'each distinct value, sorted' : 'each distinct value, in file order';
    case 'any':
      return fold.equals === undefined ? 'true when one rule gives true' : `true when one rule gives ${code(fold.equals)}`;
    case 'highest':
      return `the highest of ${fold.order.map(code).join(' < ')}`;
    case 'latest':
      return `the latest date${fold.key ? ` (of ${code(fold.key)})` : ''}${fold.openEndedWins ? '; a rule without one (open-ended) wins' : '; equal dates: the later rule'}`;
    case 'precedence':
      return `the first in ${code(`parameters.${fold.parameter}`)} (a ground of \`regardless\` ranks as \`regardless\`), then file order`;
    case 'ascending':
      return 'every rule, ascending, then file order';
    default:
      return JSON.stringify(fold);
  }
}
const foldsText = (fold) =>
  typeof fold === 'string'
    ? fold
    : Object.entries(fold ?? {})
        .map(([param, f]) => `${param === '*' ? 'the rule as a whole' : code(param)}: ${foldText(f)}`)
        .join('; ') || 'nothing to fold (reasons only)';

/** The event types table; a `fold` of an entry (how its events fold into the Decision) gets a column of its own. */
export function eventsTable({ EVENT_TYPES, EVENT_PARAMS, STATIC_EVENT_PARAMS }) {
  const schemas = EVENT_PARAMS();
  const folds = Object.values(EVENT_TYPES).some((e) => e.fold !== undefined);
  const lines = [
    `| event type | stage | failures speak | gives reasons | params${folds ? ' | folds into the Decision' : ''} |`,
    `| --- | --- | --- | --- | ---${folds ? ' | ---' : ''} |`,
  ];
  for (const [type, entry] of Object.entries(EVENT_TYPES)) {
    const { keys, catchall } = shapeText(schemas[type]);
    const params = [
      ...keys,
      ...(catchall ? ['any other key: a message variable (string, number, boolean, null, a list of them, or an object of them)'] : []),
    ].join('; ');
    const fold = folds ? ` | ${cell(foldsText(entry.fold))}` : '';
    lines.push(
      `| ${code(type)} | ${entry.stage} | ${entry.failuresSpeak ? 'yes' : 'no'} | ${entry.givesReason === false ? 'no' : 'yes'} | ${cell(params)}${fold} |`,
    );
  }
  return [
    `${Object.keys(EVENT_TYPES).length} event types (\`EVENT_TYPES\` in \`src/language/events.ts\`, params in \`src/language/event-params.ts\`). A key with \`?\` may be left out. These keys must be written out and never read from a fact: ${STATIC_EVENT_PARAMS.map(code).join(', ')}.`,
    '',
    ...lines,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

/** The generated parts, by marker name. */
export async function generatedParts() {
  const t = await load();
  return { operators: operatorsTable(t), facts: factsTables(t), events: eventsTable(t) };
}

/** `text` with every generated part replaced by today's; throws when a marker is missing. */
export async function render(text) {
  const parts = await generatedParts();
  let out = text;
  for (const [name, body] of Object.entries(parts)) {
    const start = `<!-- generated:${name} (scripts/rule-language.mjs; do not edit by hand) -->`;
    const end = `<!-- /generated:${name} -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from === -1 || to === -1 || to < from)
      throw new Error(`docs/rule-language.md: the markers of "${name}" are missing (${start} … ${end})`);
    out = `${out.slice(0, from + start.length)}\n\n${body}\n\n${out.slice(to)}`;
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const current = readFileSync(target, 'utf8');
  const text = await render(current);
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error('docs/rule-language.md is out of date: run npm run docs:language');
      process.exit(1);
    }
    console.log('docs/rule-language.md is up to date');
  } else {
    writeFileSync(target, text);
    console.log(`docs/rule-language.md written (${text.split('\n').length} lines)`);
  }
}
