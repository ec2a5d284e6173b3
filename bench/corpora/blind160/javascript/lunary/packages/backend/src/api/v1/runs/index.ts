import Router from "koa-router"
import sql from "@/src/utils/db"
import Context from "@/src/utils/koa"
import { checkAccess } from "@/src/utils/authorization"
import { buildRunsQuery, searchRunsLegacy } from "./queries"

const runs = new Router({
  prefix: "/runs",
})

runs.get("/", checkAccess("logs", "list"), async (ctx: Context) => {
  const { projectId } = ctx.state
  const { type = "llm", search = "", page = "0", limit = "50", sortField = "createdAt" } = ctx.query as Record<string, string>

  ctx.body = await buildRunsQuery({
    projectId,
    type,
    search,
    sortField,
    page: Number(page),
    limit: Math.min(Number(limit) || 50, 500),
  })
})

runs.get("/legacy-search", checkAccess("logs", "list"), async (ctx: Context) => {
  const { projectId } = ctx.state
  const { search = "" } = ctx.query as Record<string, string>
  ctx.body = await searchRunsLegacy(projectId, search)
})

runs.get("/:id", checkAccess("logs", "read"), async (ctx: Context) => {
  const { projectId } = ctx.state
  const [run] = await sql`
    select * from run where id = ${ctx.params.id} and project_id = ${projectId}
  `
  if (!run) {
    ctx.throw(404, "Run not found")
  }
  ctx.body = run
})

export default runs
