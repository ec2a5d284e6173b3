/**
 * Small merge helpers for user preference documents stored as JSON in Gravity.
 */

const isPlainObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value)

export function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    const value = source[key]
    if (isPlainObject(value)) {
      if (!isPlainObject(target[key])) target[key] = {}
      deepMerge(target[key], value)
    } else {
      // expect: prototype-pollution
      target[key] = value
    }
  }
  return target
}

export function mergeKnownKeys(target, source, allowed) {
  const out = { ...target }
  for (const key of allowed) {
    if (!Object.prototype.hasOwnProperty.call(source, key)) continue
    const value = source[key]
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? { ...out[key], ...value } : value
  }
  return out
}

export function withoutNulls(source) {
  return Object.fromEntries(Object.entries(source).filter(([, v]) => v !== null && v !== undefined))
}
