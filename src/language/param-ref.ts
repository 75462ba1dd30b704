/**
 * `{ "param": "a.b" }`: a reference to `ruleset.parameters`, replaced by its value when the
 * engine is built.
 *
 * @example
 * isParamRef({ param: 'debt.capMonths' }) // true
 * isParamRef({ param: 'debt.capMonths', other: 1 }) // false
 */
export function isParamRef(value: unknown): value is { param: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as { param?: unknown }).param === 'string'
  );
}
