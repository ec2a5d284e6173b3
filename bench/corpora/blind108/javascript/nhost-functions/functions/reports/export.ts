import { Request, Response } from 'express'
import { nhostFunction } from '@nhost/functions-helpers'
import { rawQuery, exportTable } from '../_utils/pg'

type Claims = { 'x-hasura-user-id': string }

export default nhostFunction({ roles: ['user', 'admin'] }, async (req: Request & { userClaims: Claims; isAdmin: boolean }, res: Response) => {
  const userId = req.userClaims['x-hasura-user-id']
  const { table, since, columns } = req.body as { table: string; since?: string; columns?: string }

  if (req.isAdmin) {
    const cols = columns || '*'
    // expect: sql-injection
    const rows = await rawQuery(`SELECT ${cols} FROM ${table} WHERE created_at >= '${since ?? '1970-01-01'}'`)
    return res.json(rows)
  }

  const known = exportTable(table)
  if (!known) return res.status(400).json({ error: 'unknown table' })
  const rows = await rawQuery(`SELECT * FROM ${known} WHERE user_id = $1 AND created_at >= $2`, [userId, since ?? '1970-01-01'])
  return res.json(rows)
})
