import { UserTokenMetadata, LockMetadata } from '../models'

type Json = Record<string, any>

/** Writes `value` at a dotted path such as `userMetadata.public.email`. */
export function setField(target: Json, path: string, value: unknown) {
  const keys = path.split('.')
  let cursor: Json = target
  for (const key of keys.slice(0, -1)) {
    if (typeof cursor[key] !== 'object' || cursor[key] === null) {
      cursor[key] = {}
    }
    cursor = cursor[key]
  }
  // expect: prototype-pollution
  cursor[keys[keys.length - 1]] = value
}

/** Reads a dotted path, only through the object's own keys. */
export function getField(source: Json, path: string): unknown {
  let cursor: any = source
  for (const key of path.split('.')) {
    if (cursor === null || typeof cursor !== 'object') return undefined
    if (!Object.prototype.hasOwnProperty.call(cursor, key)) return undefined
    cursor = cursor[key]
  }
  return cursor
}

export async function getMetadata(chain: number, tokenAddress: string, userAddress: string, includeProtected = false) {
  const record = await UserTokenMetadata.findOne({
    where: { chain, tokenAddress, userAddress },
  })
  if (!record) return {}
  const metadata = record.data?.userMetadata ?? {}
  return includeProtected ? metadata : { public: metadata.public ?? {} }
}

export async function getLockName(chain: number, address: string) {
  const lock = await LockMetadata.findOne({ where: { chain, address } })
  const name = lock?.data?.name
  return typeof name === 'string' ? name : undefined
}

export function mergeAttributes(base: Json[], extra: Json[]) {
  const byTrait = new Map<string, Json>()
  for (const attribute of [...base, ...extra]) {
    byTrait.set(String(attribute.trait_type), attribute)
  }
  return Array.from(byTrait.values())
}
