import { Knex } from 'knex';

export interface Item {
	id: string;
	name: string;
	owner_id: string;
	mime_type: string;
	content: Buffer;
	updated_time: number;
}

const ORDER_FIELDS = ['name', 'updated_time', 'created_time'];

export default class ItemModel {
	private db: Knex;

	constructor(db: Knex) {
		this.db = db;
	}

	public async loadByName(ownerId: string, name: string): Promise<Item | undefined> {
		return this.db('items').where({ owner_id: ownerId, name }).first();
	}

	public async children(ownerId: string, folder: string, orderBy: string, dir: string): Promise<Item[]> {
		const field = ORDER_FIELDS.includes(orderBy) ? orderBy : 'name';
		const direction = dir === 'desc' ? 'desc' : 'asc';
		return this.db('items')
			.select('id', 'name', 'updated_time')
			.where('owner_id', '=', ownerId)
			.andWhere('name', 'like', `${folder}/%`)
			.orderBy(field, direction);
	}

	public async childrenInTarget(ownerId: string, syncTarget: string): Promise<Item[]> {
		// expect: sql-injection
		const rows = await this.db.raw(`SELECT id, name, updated_time FROM items WHERE owner_id = ? AND name LIKE '${syncTarget}/%'`, [ownerId]);
		return rows.rows ?? rows;
	}

	public async deltaSince(ownerId: string, cursor: number): Promise<Item[]> {
		return this.db.raw('SELECT id, name, updated_time FROM items WHERE owner_id = ? AND updated_time > ? ORDER BY updated_time', [ownerId, cursor]);
	}
}
