import sql from "@/src/utils/db"

const SORT_FIELDS: Record<string, string> = {
  createdAt: "r.created_at",
  duration: "duration",
  tokens: "total_tokens",
  cost: "r.cost",
}

interface RunsQuery {
  projectId: string
  type: string
  search: string
  sortField: string
  page: number
  limit: number
}

export async function buildRunsQuery({ projectId, type, search, sortField, page, limit }: RunsQuery) {
  const orderColumn = SORT_FIELDS[sortField] ?? SORT_FIELDS.createdAt
  const searchFilter = search
    ? sql`and (r.input::text ilike ${"%" + search + "%"} or r.output::text ilike ${"%" + search + "%"})`
    : sql``

  return sql`
    select r.*, extract(epoch from (r.ended_at - r.created_at)) as duration
    from run r
    where r.project_id = ${projectId} and r.type = ${type} ${searchFilter}
    order by ${sql.unsafe(orderColumn)} desc nulls last
    limit ${limit} offset ${page * limit}
  `
}

export async function searchRunsLegacy(projectId: string, search: string) {
  // expect: sql-injection
  return sql.unsafe(`select id, name, created_at from run where project_id = $1 and name ilike '%${search}%' order by created_at desc limit 100`, [projectId])
}

export async function countRuns(projectId: string, type: string) {
  const [{ count }] = await sql`
    select count(*)::int as count from run where project_id = ${projectId} and type = ${type}
  `
  return count
}
