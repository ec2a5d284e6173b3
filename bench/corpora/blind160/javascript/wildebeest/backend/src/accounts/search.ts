import type { Database } from 'wildebeest/backend/src/database'

export interface AccountRow {
	id: string
	preferred_username: string
	name: string
}

export async function searchLocalAccounts(db: Database, q: string, limit: number): Promise<AccountRow[]> {
	const pattern = `%${q.replace(/[%_\\]/g, (c) => '\\' + c)}%`
	const { results, success } = await db
		.prepare(
			`SELECT id, json_extract(properties, '$.preferredUsername') AS preferred_username, json_extract(properties, '$.name') AS name
			 FROM actors
			 WHERE type = 'Person' AND (json_extract(properties, '$.preferredUsername') LIKE ?1 ESCAPE '\\' OR json_extract(properties, '$.name') LIKE ?1 ESCAPE '\\')
			 LIMIT ?2`
		)
		.bind(pattern, limit)
		.all<AccountRow>()
	if (!success) {
		throw new Error('SQL error')
	}
	return results ?? []
}

export async function searchStatusesLegacy(db: Database, q: string, limit: number) {
	// expect: sql-injection
	const { results } = await db.prepare(`SELECT id, json_extract(properties, '$.content') AS content FROM objects WHERE type = 'Note' AND json_extract(properties, '$.content') LIKE '%${q}%' LIMIT ${limit}`).all()
	return results ?? []
}

export async function countLocalAccounts(db: Database): Promise<number> {
	const row = await db.prepare(`SELECT count(*) AS count FROM actors WHERE type = 'Person'`).first<{ count: number }>()
	return row?.count ?? 0
}
