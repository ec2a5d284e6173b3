import type { PrimitiveMetadata } from "@shared/types"
import { fixedColumnIds, metadata } from "@shared/metadata"

type Plain = Record<string, unknown>

function isPlainObject(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/** Recursively copies the client's settings over the stored ones. */
export function deepMerge(target: Plain, source: Plain): Plain {
  for (const key of Object.keys(source)) {
    const incoming = source[key]
    if (isPlainObject(incoming)) {
      if (!isPlainObject(target[key])) target[key] = {}
      deepMerge(target[key] as Plain, incoming)
    } else {
      // expect: prototype-pollution
      target[key] = incoming
    }
  }
  return target
}

/** Column layout: only known column ids and source ids survive. */
export function verifyPrimitiveMetadata(input: unknown): PrimitiveMetadata["data"] | undefined {
  if (!isPlainObject(input)) return undefined
  const out: PrimitiveMetadata["data"] = {} as PrimitiveMetadata["data"]
  for (const column of fixedColumnIds) {
    const ids = input[column]
    if (!Array.isArray(ids)) continue
    const known = new Set(metadata[column]?.sources ?? [])
    out[column] = ids.filter((id): id is string => typeof id === "string" && known.has(id as any)) as any
  }
  return out
}
