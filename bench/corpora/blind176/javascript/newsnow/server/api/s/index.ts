import type { SourceID, SourceResponse } from "@shared/types"
import { sources } from "@shared/sources"
import { getters } from "#/getters"
import { getCacheTable } from "../../database/cache"

const TTL = 30 * 60 * 1000

function isValidSource(id: string | undefined): id is SourceID {
  return !!id && Object.prototype.hasOwnProperty.call(sources, id)
}

export default defineEventHandler(async (event): Promise<SourceResponse> => {
  const query = getQuery(event)
  const latest = query.latest !== undefined && query.latest !== "false"
  let id = query.id as string | undefined

  if (!isValidSource(id)) {
    throw createError({ statusCode: 404, message: "unknown source" })
  }
  const redirectTo = sources[id].redirect
  if (redirectTo) id = redirectTo

  const cache = await getCacheTable()
  const cached = await cache.get(id)
  const now = Date.now()
  if (cached && (now - cached.updated < TTL || !latest)) {
    return { status: "cache", id, updatedTime: cached.updated, items: cached.items }
  }

  try {
    const items = (await getters[id]()).slice(0, 30)
    event.waitUntil(cache.set(id, items))
    return { status: "success", id, updatedTime: now, items }
  } catch (e) {
    if (cached) {
      return { status: "cache", id, updatedTime: cached.updated, items: cached.items }
    }
    throw createError({ statusCode: 502, message: `${id} fetch failed` })
  }
})
