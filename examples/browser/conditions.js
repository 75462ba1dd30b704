// A diagnosis as the registrar types it: a name of the library's condition lists in the page's
// language (the whole name or a part that only one name contains, "diabetes"), a code of the lists
// (diabetes_mellitus) or an ICD-10 code (A15.0). Anything else goes to the library as typed, which
// reports it (invalid_condition) beside the field.
import { names } from './words.js';

const ICD10 = /^[A-Z]\d{2}(\.[0-9A-Z]{1,2})?$/;

/** { code, by: 'code' | 'icd10' | 'name' | 'unknown' } for what was typed. */
export function resolveCondition(typed) {
  const text = typed.trim();
  const conditions = names('conditions');
  if (Object.hasOwn(conditions, text)) return { code: text, by: 'code' };
  if (ICD10.test(text.toUpperCase())) return { code: text.toUpperCase(), by: 'icd10' };
  const wanted = text.toLocaleLowerCase();
  const entries = Object.entries(conditions);
  const exact = entries.find(([, list]) => list.some((n) => n.toLocaleLowerCase() === wanted));
  if (exact) return { code: exact[0], by: 'name' };
  const partial = wanted.length >= 3 ? entries.filter(([, list]) => list.some((n) => n.toLocaleLowerCase().includes(wanted))) : [];
  return partial.length === 1 ? { code: partial[0][0], by: 'name' } : { code: text, by: 'unknown' };
}
