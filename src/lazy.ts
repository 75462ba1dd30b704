/**
 * Values built on first use. The zod schemas are built only when something must be explained (an
 * invalid profile, a custom ruleset, the OpenAPI document): building them all at import took about
 * half of the import time.
 */

/**
 * A function that builds its value on the first call and returns the same value afterwards.
 *
 * @example
 * const schema = lazy(() => z.string())
 * schema() === schema() // true, built once
 */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}

/**
 * An object that stands for the one `build` returns, built on first use: every property read,
 * `in`, key listing and prototype question is answered by the built object. For exported zod
 * schemas (`profileSchema`, `decisionSchema`), so that importing the library builds none.
 *
 * @example
 * export const profileSchema = lazyObject(buildProfileSchema)
 * profileSchema.safeParse(input) // builds the schema on this first use
 */
export function lazyObject<T extends object>(build: () => T): T {
  const real = lazy(build);
  return new Proxy(Object.create(null) as T, {
    get: (_, key) => {
      const target = real();
      return Reflect.get(target, key, target);
    },
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    // Reported as configurable: the stand-in has none of these properties itself.
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    set: (_, key, value) => Reflect.set(real(), key, value),
  });
}
