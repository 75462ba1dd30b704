/**
 * The folds of src/language/events.ts applied: how the values of one param of several fired
 * rules of an event type become one value of the Decision. The assembler asks `fold(type, param,
 * values)` and never decides by itself which rule wins.
 */
import { EVENT_TYPES, type EventType, type Fold } from '../language/events';
import { safePathResolver } from '../language/path';

/** The fold declared for `param` of `type` (`*`: the rule as a whole). */
export function foldOf(type: EventType, param: string): Fold {
  const folds = EVENT_TYPES[type].fold as Readonly<Record<string, Fold>>;
  const fold = Object.hasOwn(folds, param) ? folds[param] : undefined;
  if (fold === undefined) throw new Error(`No fold declared for ${type}.${param}`);
  return fold;
}

/**
 * The value of `values` (one a fired rule, in file order) under a fold that combines values:
 * first, every, union, any, highest or latest.
 *
 * @example
 * combine({ by: 'highest', order: ['none', 'dangerous_diseases', 'full'] }, ['dangerous_diseases', 'full']) // 'full'
 * combine({ by: 'union', sorted: true }, [['b'], ['a', 'b']].flat()) // ['a', 'b']
 */
export function combine(fold: Fold, values: readonly unknown[]): unknown {
  switch (fold.by) {
    case 'first':
      return values[0];
    case 'every':
      return [...values];
    case 'union': {
      const distinct = [...new Set(values)];
      return fold.sorted ? distinct.sort() : distinct;
    }
    case 'any':
      return values.some((v) => v === (fold.equals ?? true));
    case 'highest': {
      let best = fold.order[0];
      for (const v of values) if (typeof v === 'string' && fold.order.indexOf(v) > fold.order.indexOf(best as string)) best = v;
      return best;
    }
    case 'latest': {
      const key = fold.key;
      let best: unknown = null;
      const dateOf = (v: unknown) => (key === undefined ? v : (v as Record<string, unknown>)[key]) as string;
      for (const v of values) {
        if (v === null || v === undefined) {
          if (fold.openEndedWins) return null;
          continue;
        }
        // Between equal dates the later rule wins.
        if (best === null || dateOf(v) >= dateOf(best)) best = v;
      }
      return best;
    }
    default:
      throw new Error(`The fold ${fold.by} orders rules; it does not combine values`);
  }
}

/**
 * The rank of each value under a fold that orders rules (lower first): `precedence` — the place of
 * the value in the parameter list the fold names; `ascending` — the number itself.
 *
 * @example
 * ranker({ by: 'precedence', parameter: 'coverage.payerPrecedence' }, parameters)('osms') // 2
 */
export function ranker(fold: Fold, parameters: unknown): (value: unknown) => number {
  if (fold.by === 'ascending') return (value) => Number(value ?? 0);
  if (fold.by !== 'precedence') throw new Error(`The fold ${fold.by} combines values; it does not order rules`);
  const list = safePathResolver(parameters, fold.parameter);
  const order = Array.isArray(list) ? list : [];
  return (value) => order.indexOf(value);
}
