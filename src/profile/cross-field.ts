/**
 * Problems across fields of a profile (dates that contradict each other), each at the path of
 * the field that is out of place. They are read from the raw input, so that they are
 * reported together with every problem of shape: a field that is itself malformed is
 * left to the schema and compared with nothing here.
 */
import type { Issue } from '../errors';
import { anniversary } from '../calendar/months';
import type { Locale } from '../messages/format';
import { validationMessage } from '../messages/validation';
import { LIMITS } from './schema';
import { isSupportedDate, isSupportedMonth } from '../calendar/dates';

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : undefined);
/**
 * The items of a raw array, read by index: never through its own methods (an array may carry an
 * own `constructor` that breaks `map`), and no further than the schema allows (a longer array is
 * the schema's issue).
 */
function items(v: unknown): Raw[] {
  if (!Array.isArray(v)) return [];
  const out: Raw[] = [];
  const length = Math.min(v.length, LIMITS.arrayItems);
  for (let i = 0; i < length; i++) out.push(obj(v[i]) ?? {});
  return out;
}
const date = (v: unknown) => (isSupportedDate(v) ? v : undefined);

/** The ruleset's limits the cross-field checks read: the age (in years) before which no pregnancy can be registered (parameters.pregnancy.minAgeYears). */
export interface CrossFieldLimits {
  pregnancyMinAgeYears: number;
}

/**
 * Every cross-field problem of a raw profile: dates before the birth date, a family child
 * born after `asOf`, an end before its start, a pregnancy on a male or before the 10th birthday,
 * an award on a category other than mother_many_children.
 */
export function crossFieldIssues(input: unknown, asOf: string | undefined, limits: CrossFieldLimits, locale: Locale = 'en'): Issue[] {
  const profile = obj(input);
  if (!profile) return [];
  const issues: Issue[] = [];
  // The message key is the code, or `<code>.<variant>` where one code has several messages.
  const add = (path: Issue['path'], key: string, vars: Record<string, string | number> = {}) =>
    issues.push({ path, code: key.split('.')[0] as string, message: validationMessage(locale, key, vars) });
  const person = obj(profile.person);
  const birth = date(person?.birthDate);
  const validAsOf = date(asOf);
  const beforeBirth = (value: unknown, path: Issue['path']) => {
    const d = date(value);
    if (birth !== undefined && d !== undefined && d < birth) add(path, 'before_birth');
  };
  const ordered = (start: unknown, end: unknown, path: Issue['path'], startName: string) => {
    const s = date(start);
    const e = date(end);
    if (s !== undefined && e !== undefined && e < s) add(path, 'invalid_period', { field: String(path.at(-1)), start: startName });
  };

  if (birth !== undefined && validAsOf !== undefined && birth > validAsOf) add(['person', 'birthDate'], 'after_as_of');
  items(profile.payments).forEach((p, i) => {
    if (birth !== undefined && isSupportedMonth(p.period) && p.period < birth.slice(0, 7)) {
      add(['payments', i, 'period'], 'before_birth.period');
    }
    beforeBirth(p.paidOn, ['payments', i, 'paidOn']);
  });
  items(profile.stateCategories).forEach((c, i) => {
    beforeBirth(c.since, ['stateCategories', i, 'since']);
    ordered(c.since, c.until, ['stateCategories', i, 'until'], 'since');
    if (c.award !== undefined && c.category !== 'mother_many_children') {
      add(['stateCategories', i, 'award'], 'invalid_award');
    }
  });
  items(profile.employment).forEach((e, i) => {
    beforeBirth(e.since, ['employment', i, 'since']);
    ordered(e.since, e.until, ['employment', i, 'until'], 'since');
  });
  items(profile.insurance).forEach((p, i) => ordered(p.validFrom, p.validTo, ['insurance', i, 'validTo'], 'validFrom'));
  items(profile.family).forEach((m, i) => {
    const born = date(m.birthDate);
    if (born !== undefined && validAsOf !== undefined && born > validAsOf) add(['family', i, 'birthDate'], 'after_as_of.family');
  });
  const pregnancy = obj(profile.pregnancy);
  if (pregnancy) {
    if (person?.sex === 'male') add(['pregnancy'], 'invalid_pregnancy.male');
    const registered = date(pregnancy.registeredOn);
    if (birth !== undefined && registered !== undefined) {
      if (registered < birth) beforeBirth(registered, ['pregnancy', 'registeredOn']);
      else if (registered < anniversary(birth, limits.pregnancyMinAgeYears)) {
        add(['pregnancy', 'registeredOn'], 'invalid_pregnancy.age', { age: limits.pregnancyMinAgeYears });
      }
    }
    ordered(pregnancy.registeredOn, pregnancy.endedOn, ['pregnancy', 'endedOn'], 'registeredOn');
  }
  return issues;
}
