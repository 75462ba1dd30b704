/**
 * Stands in for jsonpath-plus in the built library: json-rules-engine's almanac imports it for
 * its default path resolver, which our engines never use (every Engine gets our own
 * `pathResolver`: own-property dot paths only). Leaving it out keeps its filter expressions,
 * which can run code, out of the package, and 7 kB (brotli) out of a browser bundle.
 */
export function JSONPath(): never {
  throw new Error('kz-health-coverage: JSONPath paths are not supported; rule paths are plain dot paths');
}
