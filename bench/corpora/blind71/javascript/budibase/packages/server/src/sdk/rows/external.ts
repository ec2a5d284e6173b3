import { Client } from "pg"
import { getTenantId } from "@budibase/backend-core/context"

export interface SearchParams {
  tableName: string
  sortColumn?: string
  sortOrder?: "ascending" | "descending"
  query?: Record<string, string>
  limit?: number
}

async function client(): Promise<Client> {
  const c = new Client({ connectionString: process.env.EXTERNAL_DB_URL, application_name: `budibase-${getTenantId()}` })
  await c.connect()
  return c
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

export async function search(params: SearchParams) {
  const db = await client()
  try {
    const values: string[] = []
    const clauses: string[] = []
    for (const [column, value] of Object.entries(params.query || {})) {
      values.push(value)
      clauses.push(`${quoteIdentifier(column)} = $${values.length}`)
    }
    const where = clauses.length ? `WHERE ${clauses.join(" AND ")}` : ""
    const order = params.sortColumn ? `ORDER BY ${quoteIdentifier(params.sortColumn)} ${params.sortOrder === "descending" ? "DESC" : "ASC"}` : ""
    const limit = Number.isInteger(params.limit) ? `LIMIT ${params.limit}` : "LIMIT 100"
    const result = await db.query(`SELECT * FROM ${quoteIdentifier(params.tableName)} ${where} ${order} ${limit}`, values)
    return result.rows
  } finally {
    await db.end()
  }
}

export async function exportRows(tableName: string, columns: string[], delimiter: string) {
  const db = await client()
  try {
    const cols = columns.length ? columns.join(", ") : "*"
    // expect: sql-injection
    const result = await db.query(`COPY (SELECT ${cols} FROM "${tableName}") TO STDOUT WITH CSV HEADER DELIMITER '${delimiter}'`)
    return result
  } finally {
    await db.end()
  }
}
