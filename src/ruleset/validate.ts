import { type RuleIssue, RuleValidationError } from '../errors';
import { toIssues } from '../profile/parse';
import { EVENT_STAGE, OPERATORS, STAGE_FACTS } from './catalogue';
import { type Parameters, parametersSchema } from './parameters';
import { pathSegments, safePathResolver } from './path';
import { type RuleFile, type Ruleset, ruleFileSchema, rulesetSchema } from './schema';

type Path = (string | number)[];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

/** `{ "param": "a.b" }`: a reference to `ruleset.parameters`, replaced by its value when the engine is built. */
export function isParamRef(value: unknown): value is { param: string } {
  return isObject(value) && Object.keys(value).length === 1 && typeof value.param === 'string';
}

class RuleChecker {
  readonly issues: RuleIssue[] = [];
  constructor(
    private readonly ruleId: string | null,
    private readonly facts: readonly string[],
    private readonly parameters: Record<string, unknown>,
  ) {}

  add(path: Path, code: string, message: string): void {
    this.issues.push({ ruleId: this.ruleId, path, code, message });
  }

  /** Every key is safe and every `{ param }` resolves, anywhere in the value. */
  values(value: unknown, path: Path) {
    if (Array.isArray(value)) value.forEach((v, i) => this.values(v, [...path, i]));
    else if (isParamRef(value)) {
      if (pathSegments(value.param) === null) this.add([...path, 'param'], 'unsafe_path', `Unsafe parameter path "${value.param}"`);
      else if (safePathResolver(this.parameters, value.param) === undefined) this.add([...path, 'param'], 'unknown_parameter', `No parameter "${value.param}"`);
    } else if (isObject(value)) {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.includes(key)) this.add([...path, key], 'forbidden_key', `Key "${key}" is not allowed`);
        else this.values(value[key], [...path, key]);
      }
    }
  }

  factRef(ref: Record<string, unknown>, path: Path) {
    if (typeof ref.fact !== 'string' || !this.facts.includes(ref.fact)) {
      this.add([...path, 'fact'], 'unknown_fact', `Unknown fact "${String(ref.fact)}" (this stage offers: ${this.facts.join(', ')})`);
    }
    if (ref.path !== undefined && (typeof ref.path !== 'string' || pathSegments(ref.path) === null)) {
      this.add([...path, 'path'], 'unsafe_path', `Path "${String(ref.path)}" must be a plain dot path of own properties`);
    }
    if (ref.params !== undefined && !isObject(ref.params)) this.add([...path, 'params'], 'invalid_params', 'params must be an object');
    this.values(ref.params, [...path, 'params']);
  }

  condition(node: unknown, path: Path): void {
    if (!isObject(node)) return this.add(path, 'invalid_condition', 'A condition must be an object');
    const boolKeys = ['all', 'any', 'not'].filter((k) => k in node);
    if ('condition' in node) return this.add(path, 'unsupported_condition', 'Shared condition references are not supported');
    if (boolKeys.length > 1) return this.add(path, 'invalid_condition', 'Use exactly one of all, any, not');
    const [bool] = boolKeys;
    if (bool === 'not') return this.condition(node.not, [...path, 'not']);
    if (bool === 'all' || bool === 'any') {
      const list = node[bool];
      if (!Array.isArray(list)) return this.add([...path, bool], 'invalid_condition', `${bool} must be an array`);
      list.forEach((c, i) => this.condition(c, [...path, bool, i]));
      return;
    }
    const allowed = ['fact', 'operator', 'value', 'path', 'params', 'priority', 'name'];
    for (const key of Object.keys(node)) if (!allowed.includes(key)) this.add([...path, key], 'unrecognized_key', `Unknown key "${key}"`);
    if (typeof node.operator !== 'string' || !(OPERATORS as readonly string[]).includes(node.operator)) {
      this.add([...path, 'operator'], 'unknown_operator', `Unknown operator "${String(node.operator)}"`);
    }
    if (!('value' in node)) this.add([...path, 'value'], 'missing_value', 'A condition needs a value');
    this.factRef(node, path);
    if (isObject(node.value) && 'fact' in node.value) this.factRef(node.value, [...path, 'value']);
    else this.values(node.value, [...path, 'value']);
  }

  event(params: Record<string, unknown> | undefined) {
    for (const [key, value] of Object.entries(params ?? {})) {
      if (isObject(value) && 'fact' in value) this.factRef(value, ['event', 'params', key]);
      else this.values(value, ['event', 'params', key]);
    }
  }
}

/**
 * Checks a ruleset — shape, known facts and operators, safe paths, resolvable
 * parameters, sources, effective periods — and returns it typed; throws
 * `RuleValidationError` naming the rule id and the path of every problem.
 *
 * @example
 * const ruleset = loadRuleset()
 * ruleset.parameters.contributions.graceMonths = 4 // a rule author's experiment
 * const checked = validateRuleset(ruleset)
 */
export function validateRuleset(input: unknown): Ruleset {
  const top = rulesetSchema.safeParse(input);
  if (!top.success) throw new RuleValidationError(toIssues(top.error.issues).map((i) => ({ ...i, ruleId: null })));
  const { version, parameters, rules } = top.data;
  const issues: RuleIssue[] = [];
  const params = parametersSchema.safeParse(parameters);
  if (!params.success) issues.push(...toIssues(params.error.issues).map((i) => ({ ...i, path: ['parameters', ...i.path], ruleId: null })));

  const checked: RuleFile[] = [];
  rules.forEach((raw, index) => {
    const idOf = isObject(raw) && isObject(raw.meta) && typeof raw.meta.id === 'string' ? raw.meta.id : `rules[${index}]`;
    const shape = ruleFileSchema.safeParse(raw);
    if (!shape.success) {
      issues.push(...toIssues(shape.error.issues).map((i) => ({ ...i, ruleId: idOf })));
      return;
    }
    const rule = shape.data;
    const checker = new RuleChecker(rule.meta.id, STAGE_FACTS[EVENT_STAGE[rule.event.type]], parameters);
    if (rule.meta.effective.to !== undefined && rule.meta.effective.to < rule.meta.effective.from) {
      checker.add(['meta', 'effective', 'to'], 'invalid_period', 'effective.to is before effective.from');
    }
    if (!('all' in rule.conditions || 'any' in rule.conditions || 'not' in rule.conditions)) {
      checker.add(['conditions'], 'invalid_condition', 'Top-level conditions must be all, any or not');
    }
    checker.condition(rule.conditions, ['conditions']);
    checker.event(rule.event.params);
    issues.push(...checker.issues);
    checked.push(rule);
  });

  const byId = new Map<string, RuleFile[]>();
  for (const rule of checked) byId.set(rule.meta.id, [...(byId.get(rule.meta.id) ?? []), rule]);
  for (const [id, versions] of byId) {
    const sorted = [...versions].sort((a, b) => a.meta.effective.from.localeCompare(b.meta.effective.from));
    sorted.slice(1).forEach((rule, i) => {
      const previous = sorted[i] as RuleFile;
      if (previous.meta.effective.to === undefined || previous.meta.effective.to >= rule.meta.effective.from) {
        issues.push({ ruleId: id, path: ['meta', 'effective'], code: 'overlapping_periods', message: `Two versions of ${id} are both in force on ${rule.meta.effective.from}` });
      }
    });
  }
  if (issues.length > 0) throw new RuleValidationError(issues);
  return { version, parameters: parameters as Parameters, rules: checked };
}
