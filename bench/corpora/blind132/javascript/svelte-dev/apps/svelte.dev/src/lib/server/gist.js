import { sql } from './db.js';

const PAGE_SIZE = 100;

/**
 * @param {{ id: number }} user
 * @param {{ offset?: number, search?: string, exact?: boolean }} opts
 */
export async function list(user, { offset = 0, search = '', exact = false } = {}) {
	if (exact) {
		return sql`select id, name, created_at from gist where owner = ${user.id} and name = ${search} order by created_at desc limit ${PAGE_SIZE} offset ${offset}`;
	}
	// expect: sql-injection
	return sql.unsafe(`select id, name, created_at from gist where owner = ${Number(user.id)} and name ilike '%${search}%' order by created_at desc limit ${PAGE_SIZE} offset ${Number(offset) || 0}`);
}

/** @param {string} id */
export async function read(id) {
	const [gist] = await sql`select id, name, description, files, owner from gist where id = ${id}`;
	return gist;
}

/** @param {{ id: number }} user @param {{ name: string, description?: string, files: unknown }} gist */
export async function create(user, gist) {
	const [row] = await sql`insert into gist ${sql({ owner: user.id, name: gist.name, description: gist.description ?? '', files: JSON.stringify(gist.files) })} returning id`;
	return row;
}
