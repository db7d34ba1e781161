/**
 * A deep copy with every NaN and ±Infinity as null and undefined entries left out (a blank quota
 * in the form): what a saved record's schema (and JSON) can hold. Shared by the stores of runs.
 */
export function finiteOnly<T>(value: T): T {
  if (typeof value === 'number') return (Number.isFinite(value) ? value : null) as T;
  if (Array.isArray(value)) return value.map(finiteOnly) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, finiteOnly(v)]),
    ) as T;
  return value;
}
