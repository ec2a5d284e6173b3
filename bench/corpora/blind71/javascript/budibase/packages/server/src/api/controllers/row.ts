import { Ctx } from "koa"
import * as external from "../../sdk/rows/external"

export async function search(ctx: Ctx) {
  const { tableId } = ctx.params
  const body = ctx.request.body as { query?: Record<string, string>; sort?: string; sortOrder?: string; limit?: string }
  let limit = Number.parseInt(body.limit ?? "", 10)
  if (Number.isNaN(limit)) {
    limit = 100
  }
  ctx.body = await external.search({
    tableName: tableId,
    sortColumn: body.sort,
    sortOrder: body.sortOrder === "descending" ? "descending" : "ascending",
    query: body.query,
    limit,
  })
}

export async function exportRows(ctx: Ctx) {
  const { tableId } = ctx.params
  const { columns = [], delimiter = "," } = ctx.request.body as { columns?: string[]; delimiter?: string }
  const result = await external.exportRows(tableId, columns, delimiter)
  ctx.attachment(`${encodeURIComponent(tableId)}.csv`)
  ctx.body = result
}
