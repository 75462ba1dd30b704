import * as z from 'zod/mini';
import { type Issue, type RuleIssue, RuleValidationError } from '../errors';
import { type ValueType, describe, neverTrue, typeAtPath, typeOfValue } from '../language/types';
import { lazy } from '../lazy';
import { FACTS } from '../facts/registry';
import { toIssues } from '../profile/parse';
import { EVENT_STAGE, OPERATORS } from '../language/events';
import { STAGE_FACTS } from '../facts/registry';
import { EVENT_PARAMS, STATIC_EVENT_PARAMS } from '../language/event-params';
import { type DatedParameters, parametersSchema } from '../parameters/parameters';
import { datedLeaves, firstCompleteDate, latestValue, parametersOn } from '../parameters/dated';
import { isParamRef } from '../language/param-ref';
import { pathSegments, safePathResolver } from '../language/path';
import { copyJson, plainJsonIssues } from './plain-json';
import { isSupportedDate } from '../calendar/dates';
import { type RuleFile, type Ruleset, ruleFileSchema, rulesetSchema } from './schema';
import { MONTH_OR_DATE_PATTERN } from '../calendar/dates';

type Path = (string | number)[];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How deep all/any/not blocks may nest in one rule. */
export const MAX_CONDITION_DEPTH = 32;
/** A condition or rule name: a reason code such as `not_insured`. */
const CODE = /^[a-z][a-z0-9_.-]{0,99}$/;

const isFactRef = (value: unknown): value is Record<string, unknown> => isObject(value) && 'fact' in value;

/** What each operator compares with: the check of a condition's value once its parameters are filled in. */
const OPERATOR_VALUES = lazy((): Record<(typeof OPERATORS)[number], z.ZodMiniType> => {
  const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
  return {
    equal: scalar,
    notEqual: scalar,
    in: z.array(scalar),
    notIn: z.array(scalar),
    contains: scalar,
    doesNotContain: scalar,
    lessThan: z.number(),
    lessThanInclusive: z.number(),
    greaterThan: z.number(),
    greaterThanInclusive: z.number(),
    onOrAfter: z.string().check(z.regex(MONTH_OR_DATE_PATTERN)),
    onOrBefore: z.string().check(z.regex(MONTH_OR_DATE_PATTERN)),
    containsAny: z.array(scalar),
    containsNone: z.array(scalar),
  };
});

class RuleChecker {
  readonly issues: RuleIssue[] = [];
  /** Whether the last `values` call filled in a parameter. */
  private usedParameter = false;
  constructor(
    private readonly ruleId: string | null,
    private readonly facts: readonly string[],
    private readonly parameters: Record<string, unknown>,
    /** False when the parameters themselves are invalid: values taken from them are then not judged again here. */
    private readonly parametersValid: boolean,
  ) {}

  /** Resolves `value` and tells whether its resolved form can be judged: no new issue, and no invalid parameter in it. */
  private resolved(value: unknown, path: Path): { value: unknown; judge: boolean } {
    const before = this.issues.length;
    this.usedParameter = false;
    const resolved = this.values(value, path);
    return { value: resolved, judge: this.issues.length === before && (this.parametersValid || !this.usedParameter) };
  }

  add(path: Path, code: string, message: string): void {
    this.issues.push({ ruleId: this.ruleId, path, code, message });
  }

  private addAll(path: Path, issues: Issue[]) {
    for (const i of issues) this.add([...path, ...i.path], i.code, i.message);
  }

  /** Every `{ param }` resolves, anywhere in the value; returns the value with them filled in. */
  values(value: unknown, path: Path): unknown {
    if (Array.isArray(value)) return value.map((v, i) => this.values(v, [...path, i]));
    if (isParamRef(value)) {
      this.usedParameter = true;
      if (pathSegments(value.param) === null) this.add([...path, 'param'], 'unsafe_path', `Unsafe parameter path "${value.param}"`);
      else {
        const resolved = safePathResolver(this.parameters, value.param);
        if (resolved === undefined) this.add([...path, 'param'], 'unknown_parameter', `No parameter "${value.param}"`);
        return resolved;
      }
      return undefined;
    }
    if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.values(v, [...path, k])]));
    return value;
  }

  /**
   * A reference to a fact of this stage, with a safe path and the params that fact accepts; its
   * type (the fact's, at the path) when all of that holds, else undefined. A path that gives
   * nothing whatever the profile (into a string, a field the fact has not) is an issue.
   */
  factRef(ref: Record<string, unknown>, path: Path): ValueType | undefined {
    const before = this.issues.length;
    const known = typeof ref.fact === 'string' && this.facts.includes(ref.fact);
    if (!known)
      this.add([...path, 'fact'], 'unknown_fact', `Unknown fact "${String(ref.fact)}" (this stage offers: ${this.facts.join(', ')})`);
    if (ref.path !== undefined && (typeof ref.path !== 'string' || ref.path.length > 200 || pathSegments(ref.path) === null)) {
      this.add([...path, 'path'], 'unsafe_path', `Path "${String(ref.path)}" must be a plain dot path of own properties`);
    }
    if (ref.params !== undefined && !isObject(ref.params)) {
      this.add([...path, 'params'], 'invalid_params', 'params must be an object');
      return undefined;
    }
    const { value: params, judge } = this.resolved(ref.params ?? {}, [...path, 'params']);
    if (known && judge) {
      const checked = (FACTS[ref.fact as string] as (typeof FACTS)[string]).params().safeParse(params);
      if (!checked.success) this.addAll([...path, 'params'], toIssues(checked.error.issues));
    }
    if (this.issues.length > before || !known || !this.parametersValid) return undefined;
    const declared = (FACTS[ref.fact as string] as (typeof FACTS)[string]).type;
    const factType = typeof declared === 'function' ? declared(this.parameters) : declared;
    if (typeof ref.path !== 'string' || ref.path === '') return factType;
    const type = typeAtPath(factType, pathSegments(ref.path) as string[]);
    if (type.kind === 'undefined') {
      this.add(
        [...path, 'path'],
        'unknown_path',
        `"${ref.path}" gives nothing in fact "${String(ref.fact)}" (${describe(factType)}), whatever the profile`,
      );
      return undefined;
    }
    return type;
  }

  condition(node: unknown, path: Path, depth: number): void {
    if (!isObject(node)) return this.add(path, 'invalid_condition', 'A condition must be an object');
    if (depth > MAX_CONDITION_DEPTH) return this.add(path, 'too_deep', `Conditions nest at most ${MAX_CONDITION_DEPTH} levels`);
    const boolKeys = ['all', 'any', 'not'].filter((k) => k in node);
    if ('condition' in node) return this.add(path, 'unsupported_condition', 'Shared condition references are not supported');
    if (boolKeys.length > 1) return this.add(path, 'invalid_condition', 'Use exactly one of all, any, not');
    if (
      node.priority !== undefined &&
      !(Number.isInteger(node.priority) && (node.priority as number) >= 1 && (node.priority as number) <= 1000)
    ) {
      this.add([...path, 'priority'], 'invalid_priority', 'priority must be a whole number from 1 to 1000');
    }
    if (node.name !== undefined && !(typeof node.name === 'string' && CODE.test(node.name))) {
      this.add([...path, 'name'], 'invalid_name', 'name must be a reason code such as not_insured (lower case, at most 100 characters)');
    }
    const [bool] = boolKeys;
    if (bool !== undefined) {
      for (const key of Object.keys(node))
        if (![bool, 'priority', 'name'].includes(key)) this.add([...path, key], 'unrecognized_key', `Unknown key "${key}"`);
    }
    if (bool === 'not') return this.condition(node.not, [...path, 'not'], depth + 1);
    if (bool === 'all' || bool === 'any') {
      const list = node[bool];
      if (!Array.isArray(list)) return this.add([...path, bool], 'invalid_condition', `${bool} must be an array`);
      list.forEach((c, i) => this.condition(c, [...path, bool, i], depth + 1));
      return;
    }
    const allowed = ['fact', 'operator', 'value', 'path', 'params', 'priority', 'name'];
    for (const key of Object.keys(node)) if (!allowed.includes(key)) this.add([...path, key], 'unrecognized_key', `Unknown key "${key}"`);
    const operator =
      typeof node.operator === 'string' && (OPERATORS as readonly string[]).includes(node.operator)
        ? (node.operator as (typeof OPERATORS)[number])
        : undefined;
    if (operator === undefined) this.add([...path, 'operator'], 'unknown_operator', `Unknown operator "${String(node.operator)}"`);
    if (!('value' in node)) this.add([...path, 'value'], 'missing_value', 'A condition needs a value');
    const left = this.factRef(node, path);
    let right: ValueType | undefined;
    if (isFactRef(node.value)) right = this.factRef(node.value, [...path, 'value']);
    else if ('value' in node) {
      const { value, judge } = this.resolved(node.value, [...path, 'value']);
      if (operator !== undefined && judge && !OPERATOR_VALUES()[operator].safeParse(value).success) {
        this.add(
          [...path, 'value'],
          'invalid_value',
          `"${operator}" does not compare with ${JSON.stringify(value)?.slice(0, 80) ?? 'nothing'}`,
        );
      } else if (judge) right = typeOfValue(value);
    }
    // Both sides known: a condition that can never be true is refused (our operators compare false across types).
    const why = operator !== undefined && left !== undefined && right !== undefined ? neverTrue(operator, left, right) : undefined;
    if (why !== undefined) this.add(path, 'never_true', why);
  }

  /** Event params: each fact reference checked as such, the rest (parameters filled in) against the event type's schema. */
  event(type: keyof typeof EVENT_STAGE, params: Record<string, unknown> | undefined) {
    const resolved: Record<string, unknown> = {};
    let judge = true;
    for (const [key, value] of Object.entries(params ?? {})) {
      if (isFactRef(value)) {
        if (STATIC_EVENT_PARAMS.includes(key)) {
          this.add(['event', 'params', key], 'invalid_params', `"${key}" must be written out, not read from a fact`);
          judge = false;
        } else this.factRef(value, ['event', 'params', key]);
      } else {
        const entry = this.resolved(value, ['event', 'params', key]);
        resolved[key] = entry.value;
        judge &&= entry.judge;
      }
    }
    const checked = EVENT_PARAMS()[type].safeParse(resolved);
    if (judge && !checked.success) this.addAll(['event', 'params'], toIssues(checked.error.issues));
  }
}

/**
 * Checks a ruleset — plain JSON, shape, known facts and their params, operators and the
 * values they compare with, event params, safe paths, resolvable and bounded parameters,
 * sources, effective periods — and returns a checked copy; throws `RuleValidationError`
 * naming the rule id and the path of every problem. A ruleset it accepts gives, for every
 * valid profile, a Decision that matches `decisionSchema`.
 *
 * @example
 * const ruleset = loadRuleset()
 * ruleset.parameters.contributions.graceMonths = 4 // a rule author's experiment
 * const checked = validateRuleset(ruleset)
 */
export function validateRuleset(input: unknown): Ruleset {
  const plain = plainJsonIssues(input);
  if (plain.length > 0) throw new RuleValidationError(plain);
  const top = rulesetSchema().safeParse(copyJson(input));
  if (!top.success) throw new RuleValidationError(toIssues(top.error.issues).map((i) => ({ ...i, ruleId: null })));
  const { version, parameters, rules } = top.data;
  const issues: RuleIssue[] = [];
  const params = parametersSchema().safeParse(parameters);
  if (!params.success) issues.push(...toIssues(params.error.issues).map((i) => ({ ...i, path: ['parameters', ...i.path], ruleId: null })));
  // A rule's references are checked against the parameters as they read when it comes into force,
  // never before the earliest date evaluated (or, when that is no date, the first on which every
  // parameter has a value): every dated value of a parameter has the same shape (the schema).
  const given = isObject(parameters.evaluation) ? latestValue(parameters.evaluation.earliestAsOf) : undefined;
  const earliest = typeof given === 'string' && isSupportedDate(given) ? given : (firstCompleteDate(parameters) ?? '0000-01-01');
  // Every parameter has a value on every date evaluated: a dated one from earliestAsOf on.
  if (params.success) {
    for (const { path, leaf } of datedLeaves(parameters)) {
      const first = leaf.values[0]?.from;
      if (first !== undefined && first > earliest) {
        issues.push({
          path: ['parameters', ...path, 'values', 0, 'from'],
          code: 'invalid_period',
          message: `A parameter needs a value from evaluation.earliestAsOf (${earliest}) on`,
          ruleId: null,
        });
      }
    }
  }
  const parametersFrom = (from: string | undefined) =>
    parametersOn(parameters, from === undefined || from < earliest ? earliest : from) as Record<string, unknown>;

  const checked: RuleFile[] = [];
  rules.forEach((raw, index) => {
    const idOf =
      isObject(raw) && isObject(raw.meta) && typeof raw.meta.id === 'string' && raw.meta.id.length <= 200 ? raw.meta.id : `rules[${index}]`;
    const shape = ruleFileSchema().safeParse(raw);
    if (!shape.success) {
      issues.push(...toIssues(shape.error.issues).map((i) => ({ ...i, ruleId: idOf })));
      // A shape error hides nothing else: conditions and event params are still checked where they can be read.
      const event = isObject(raw) && isObject(raw.event) ? raw.event : undefined;
      const type =
        event !== undefined && typeof event.type === 'string' && Object.hasOwn(EVENT_STAGE, event.type)
          ? (event.type as keyof typeof EVENT_STAGE)
          : undefined;
      if (type !== undefined && isObject(raw) && isObject(raw.conditions)) {
        const from =
          isObject(raw.meta) && isObject(raw.meta.effective) && typeof raw.meta.effective.from === 'string'
            ? raw.meta.effective.from
            : undefined;
        const checker = new RuleChecker(idOf, STAGE_FACTS[EVENT_STAGE[type]], parametersFrom(from), params.success);
        checker.condition(raw.conditions, ['conditions'], 0);
        if (event?.params === undefined || isObject(event.params)) checker.event(type, event?.params);
        issues.push(...checker.issues);
      }
      return;
    }
    const rule = shape.data;
    const checker = new RuleChecker(
      rule.meta.id,
      STAGE_FACTS[EVENT_STAGE[rule.event.type]],
      parametersFrom(rule.meta.effective.from),
      params.success,
    );
    if (rule.meta.effective.to !== undefined && rule.meta.effective.to < rule.meta.effective.from) {
      checker.add(['meta', 'effective', 'to'], 'invalid_period', 'effective.to is before effective.from');
    }
    if (!('all' in rule.conditions || 'any' in rule.conditions || 'not' in rule.conditions)) {
      checker.add(['conditions'], 'invalid_condition', 'Top-level conditions must be all, any or not');
    }
    // Every source is an entry of the bibliography (data/sources.json): a reason's source has its title.
    const bibliography = params.success ? (parameters.bibliography as Record<string, unknown>) : undefined;
    rule.meta.sources.forEach((source, i) => {
      if (bibliography !== undefined && !Object.hasOwn(bibliography, source.document)) {
        checker.add(
          ['meta', 'sources', i, 'document'],
          'unknown_source',
          `No bibliography entry "${source.document}": add it to parameters.bibliography (data/sources.json)`,
        );
      }
    });
    checker.condition(rule.conditions, ['conditions'], 0);
    checker.event(rule.event.type, rule.event.params);
    issues.push(...checker.issues);
    checked.push(rule);
  });

  // Versions of one id must not overlap: grouped in one pass, each group sorted (n log n).
  const byId = new Map<string, RuleFile[]>();
  for (const rule of checked) {
    const versions = byId.get(rule.meta.id);
    if (versions) versions.push(rule);
    else byId.set(rule.meta.id, [rule]);
  }
  for (const [id, versions] of byId) {
    const sorted = versions.sort((a, b) =>
      a.meta.effective.from < b.meta.effective.from ? -1 : a.meta.effective.from > b.meta.effective.from ? 1 : 0,
    );
    sorted.slice(1).forEach((rule, i) => {
      const previous = sorted[i] as RuleFile;
      if (previous.meta.effective.to === undefined || previous.meta.effective.to >= rule.meta.effective.from) {
        issues.push({
          ruleId: id,
          path: ['meta', 'effective'],
          code: 'overlapping_periods',
          message: `Two versions of ${id} are both in force on ${rule.meta.effective.from}`,
        });
      }
    });
  }
  if (issues.length > 0) throw new RuleValidationError(issues);
  return { version, parameters: parameters as DatedParameters, rules: checked };
}
