import { UserTable } from "#/database/user"
import { deepMerge, verifyPrimitiveMetadata } from "#/utils/merge-prefs"

const MAX_CLOCK_SKEW = 5 * 60 * 1000

/** A client clock far in the future would make its copy win every later sync. */
function clampUpdatedTime(value: unknown): number {
  const now = Date.now()
  const time = typeof value === "number" && Number.isFinite(value) ? value : now
  return Math.min(time, now + MAX_CLOCK_SKEW)
}

export default defineEventHandler(async (event) => {
  const userID = event.context.user?.id
  if (!userID) throw createError({ statusCode: 401, message: "login required" })

  const db = useDatabase()
  if (!db) throw createError({ statusCode: 500, message: "db is not defined" })
  const userTable = new UserTable(db)

  const body = await readBody<{ data?: unknown, updatedTime?: number, settings?: Record<string, unknown> }>(event)
  const record = await userTable.getData(userID)

  if (body.data !== undefined) {
    const data = verifyPrimitiveMetadata(body.data)
    if (!data) throw createError({ statusCode: 400, message: "invalid layout" })
    await userTable.setData(userID, JSON.stringify(data), clampUpdatedTime(body.updatedTime))
  }

  if (body.settings && typeof body.settings === "object") {
    const stored = record?.settings ? JSON.parse(record.settings) : {}
    const merged = deepMerge(stored, body.settings)
    await userTable.setSettings(userID, JSON.stringify(merged))
  }

  return { success: true, updatedTime: Date.now() }
})
