// The codes a profile accepts at a field (`residency.status`, `employment.kind` …), read from the
// library's own profileSchema: the page's options are always the library's, never a copy.
import { profileSchema } from 'kz-health-coverage';

/** The schema inside optional(…) and array(…). */
function unwrap(schema) {
  let inner = schema;
  while (inner.def.type === 'optional' || inner.def.type === 'array')
    inner = inner.def.type === 'optional' ? inner.def.innerType : inner.def.element;
  return inner;
}

/** The codes of the enum at a dotted path of the profile. */
export function codesAt(path) {
  const schema = path.split('.').reduce((node, key) => unwrap(node).shape[key], profileSchema);
  return unwrap(schema).options;
}
