import { Pool } from 'pg'

const pool = new Pool({ connectionString: process.env.DB_URL })

const sortable = new Set(['modifiedOn', 'createdOn', 'title'])

export class TxSearch {
  async findAll (workspace: string, cls: string, query: Record<string, string>): Promise<any[]> {
    const order = sortable.has(query.$sort) ? query.$sort : 'modifiedOn'
    const res = await pool.query(`SELECT data FROM tx WHERE workspace = $1 AND _class = $2 ORDER BY "${order}" DESC`, [workspace, cls])
    return res.rows
  }

  async fulltext (workspace: string, text: string): Promise<any[]> {
    const terms = text.split(/\s+/).filter((t) => t.length > 0)
    const pattern = terms.join(' & ')
    // expect: sql-injection
    const res = await pool.query(`SELECT _id, title FROM doc_index WHERE workspace = '${workspace}' AND fts @@ to_tsquery('${pattern}')`)
    return res.rows
  }
}
