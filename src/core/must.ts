// Invariants the type checker cannot see: an index in range, a list as long as another.

/**
 * `value`, which the caller's invariant says is there; a missing one is a bug in
 * the engine, so it throws rather than letting `undefined` travel on. `why` names
 * the invariant (a constant string, so the happy path allocates nothing).
 */
export function must<T>(value: T | undefined, why: string): T {
  if (value === undefined) throw new Error(`Sourced internal error: ${why}`)
  return value
}
