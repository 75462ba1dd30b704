/**
 * Which messages a person of one residency class can receive, read from the rules themselves:
 * each rule's conditions are evaluated with three values (true, false, unknown) knowing only the
 * residency class and what the package rules decide from it (packages, and the insured status a
 * person outside OSMS has). A rule whose conditions are not false for the class may fire; its
 * reason or next-step message is one the class can receive, and so are the names ("why not"
 * reasons) of the service and screening rules' conditions that may be false. Nothing here is a
 * hand list: a new rule or condition is picked up by itself.
 */
import type { RuleFile } from '../../src/ruleset/schema';
import { latestValue } from '../../src/parameters/dated';

type Tri = boolean | undefined;
type Node = Record<string, unknown>;
type Known = Map<string, unknown[]>;

const isObject = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const isParam = (v: unknown): v is { param: string } => isObject(v) && typeof v.param === 'string' && Object.keys(v).length === 1;

/** A parameter as the rules read it; a dated one by its latest value (the parameters the rules read for a residency class have one). */
function paramValue(parameters: unknown, path: string): unknown {
  return latestValue(
    path.split('.').reduce<unknown>((node, key) => (isObject(node) && Object.hasOwn(node, key) ? node[key] : undefined), parameters),
  );
}

/** The operators whose result follows from a known value; any other leaves the condition unknown. */
function compare(operator: string, actual: unknown, value: unknown): Tri {
  const list = Array.isArray(value) ? value : undefined;
  switch (operator) {
    case 'equal':
      return actual === value;
    case 'notEqual':
      return actual !== value;
    case 'in':
      return list === undefined ? undefined : list.includes(actual);
    case 'notIn':
      return list === undefined ? undefined : !list.includes(actual);
    default:
      return undefined;
  }
}

/** One condition tree, three-valued: `known` maps "fact.path" to the values it may have. */
export function evaluateTri(node: unknown, known: Known, parameters: unknown): Tri {
  if (!isObject(node)) return undefined;
  if (Array.isArray(node.all)) {
    const results = node.all.map((c) => evaluateTri(c, known, parameters));
    return results.includes(false) ? false : results.every((r) => r === true) ? true : undefined;
  }
  if (Array.isArray(node.any)) {
    const results = node.any.map((c) => evaluateTri(c, known, parameters));
    return results.includes(true) ? true : results.every((r) => r === false) ? false : undefined;
  }
  if (node.not !== undefined) {
    const result = evaluateTri(node.not, known, parameters);
    return result === undefined ? undefined : !result;
  }
  const values = known.get(`${String(node.fact)}.${String(node.path ?? '')}`);
  if (values === undefined || (isObject(node.value) && !isParam(node.value))) return undefined;
  const value = isParam(node.value) ? paramValue(parameters, node.value.param) : node.value;
  const results = new Set(values.map((v) => compare(String(node.operator), v, value)));
  return results.size === 1 ? [...results][0] : undefined;
}

/** The facts a residency class decides by itself: its class, then the packages the package rules give it, and an outside-OSMS status. */
export function knownFacts(residency: string, rules: readonly RuleFile[], parameters: unknown): Known {
  const known: Known = new Map([['profile.residency.status', [residency]]]);
  const packageRules = rules
    .filter((r) => r.event.type === 'package')
    .map((r) => ({ params: r.event.params ?? {}, fires: evaluateTri(r.conditions, known, parameters) }));
  const gives = (key: string, value: unknown) => packageRules.filter((r) => r.params[key] === value && r.fires !== false);
  const surely = (key: string, value: unknown) => gives(key, value).some((r) => r.fires === true);
  const gobmp = surely('gobmp', 'full')
    ? ['full']
    : [
        ...(gives('gobmp', 'full').length > 0 ? ['full'] : []),
        ...(surely('gobmp', 'dangerous_diseases')
          ? ['dangerous_diseases']
          : ['none', ...(gives('gobmp', 'dangerous_diseases').length > 0 ? ['dangerous_diseases'] : [])]),
      ];
  const osms = surely('osms', true) ? [true] : gives('osms', true).length > 0 ? [true, false] : [false];
  known.set('packages.gobmp', gobmp);
  known.set('packages.osms', osms);
  if (!osms.includes(true)) {
    known.set('insurance.status', ['not_applicable']);
    known.set('insurance.stateInsured', [false]);
  }
  return known;
}

/** The message key a fired rule shows: its next step's, or its reason's (quotas give none). */
export function messageKeyOf(rule: RuleFile): string | null {
  const params = (rule.event.params ?? {}) as Record<string, unknown>;
  if (typeof params.messageKey === 'string') return params.messageKey;
  if (rule.event.type === 'next-step') return `nextSteps.${String(params.step)}`;
  if (rule.event.type === 'quotas') return null;
  return typeof params.reason === 'string' ? params.reason : rule.meta.id;
}

/**
 * The children of a node that may be evaluated at all: json-rules-engine runs the conditions of
 * an all/any in sets of falling priority and stops after a set that decides it (a false set of an
 * all, a true set of an any), so a set after one that surely decides is never evaluated.
 */
function evaluatedChildren(node: Node, known: Known, parameters: unknown): unknown[] {
  if (node.not !== undefined) return [node.not];
  const mode = Array.isArray(node.all) ? 'all' : Array.isArray(node.any) ? 'any' : undefined;
  if (mode === undefined) return [];
  const children = node[mode] as unknown[];
  const priority = (c: unknown) => (isObject(c) && typeof c.priority === 'number' ? c.priority : 1);
  const levels = [...new Set(children.map(priority))].sort((a, b) => b - a);
  const evaluated: unknown[] = [];
  for (const level of levels) {
    const set = children.filter((c) => priority(c) === level);
    evaluated.push(...set);
    const results = set.map((c) => evaluateTri(c, known, parameters));
    if (mode === 'all' ? results.includes(false) : results.includes(true)) break;
  }
  return evaluated;
}

/** Every named condition of a tree that may be evaluated and be false for the class. */
function namesThatMayFail(node: unknown, known: Known, parameters: unknown, out: Set<string>): void {
  if (!isObject(node)) return;
  if (typeof node.name === 'string' && evaluateTri(node, known, parameters) !== true) out.add(node.name);
  for (const child of evaluatedChildren(node, known, parameters)) namesThatMayFail(child, known, parameters, out);
}

/** Every reason, next-step and "why not" message key a person of `residency` can receive under `rules`. */
export function receivableMessages(residency: string, rules: readonly RuleFile[], parameters: unknown): Set<string> {
  const known = knownFacts(residency, rules, parameters);
  const keys = new Set<string>();
  for (const rule of rules) {
    if (evaluateTri(rule.conditions, known, parameters) !== false) {
      const key = messageKeyOf(rule);
      if (key !== null) keys.add(key);
    }
    if (['service', 'derived-service', 'screening'].includes(rule.event.type)) namesThatMayFail(rule.conditions, known, parameters, keys);
  }
  // A service no rule covers, a screening no rule makes eligible.
  keys.add('not_covered');
  keys.add('not_eligible');
  return keys;
}
