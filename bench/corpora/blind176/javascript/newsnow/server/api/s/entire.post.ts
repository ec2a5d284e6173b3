import { getCacheTable } from "../../database/cache"

const TTL = 30 * 60 * 1000

export default defineEventHandler(async (event) => {
  const body = await readBody<{ sources?: unknown }>(event)
  const sources = Array.isArray(body?.sources) ? body.sources : []
  const keys = sources.filter((s): s is string => typeof s === "string").slice(0, 60)

  if (!keys.length) {
    return []
  }

  try {
    const cache = await getCacheTable()
    const rows = await cache.getEntire(keys)
    const now = Date.now()
    return rows
      .filter(row => now - row.updated < TTL)
      .map(row => ({
        status: "cache",
        id: row.id,
        items: row.items,
        updatedTime: row.updated,
      }))
  } catch (e) {
    logger.error(e)
    throw createError({ statusCode: 500, message: "cache unavailable" })
  }
})
