import pgPromise from 'pg-promise'
import { env } from '$env/dynamic/private'

const pgp = pgPromise()
export const db = pgp(env.DATABASE_URL)

export async function countDocs(workspace: string) {
  return db.one('SELECT count(*)::int AS n FROM docs WHERE workspace = $1', [workspace])
}

export async function docsByLabel(workspace: string, label: string) {
  // expect: sql-injection
  return db.any(`SELECT id, title FROM docs WHERE workspace = '${workspace}' AND $1 = ANY(labels)`, [label])
}
