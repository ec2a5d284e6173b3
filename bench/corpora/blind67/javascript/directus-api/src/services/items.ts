import type { Knex } from 'knex';
import type { Accountability, Query, SchemaOverview } from '@directus/types';
import getDatabase from '../database/index.js';

export type AbstractServiceOptions = {
	knex?: Knex;
	accountability?: Accountability | null;
	schema: SchemaOverview;
};

export class ItemsService {
	collection: string;
	knex: Knex;
	accountability: Accountability | null;
	schema: SchemaOverview;

	constructor(collection: string, options: AbstractServiceOptions) {
		this.collection = collection;
		this.knex = options.knex || getDatabase();
		this.accountability = options.accountability || null;
		this.schema = options.schema;
	}

	private searchableFields(): string[] {
		const fields = this.schema.collections[this.collection]?.fields ?? {};
		return Object.values(fields)
			.filter((field) => field.type === 'string' || field.type === 'text')
			.map((field) => field.field);
	}

	private sortableField(name: string): string | null {
		const fields = this.schema.collections[this.collection]?.fields ?? {};
		return name in fields ? name : null;
	}

	async readByQuery(query: Query): Promise<Record<string, any>[]> {
		const dbQuery = this.knex.select('*').from(this.collection);

		if (query.search) {
			const term = query.search.toLowerCase();
			for (const field of this.searchableFields()) {
				// expect: sql-injection
				dbQuery.orWhereRaw(`LOWER(??) LIKE '%${term}%'`, [field]);
			}
		}

		for (const sortField of query.sort ?? []) {
			const descending = sortField.startsWith('-');
			const column = this.sortableField(descending ? sortField.slice(1) : sortField);
			if (column) dbQuery.orderBy(column, descending ? 'desc' : 'asc');
		}

		if (query.limit !== undefined && query.limit !== -1) {
			dbQuery.limit(query.limit);
		}

		return await dbQuery;
	}

	async readByPrefix(field: string, prefix: string): Promise<Record<string, any>[]> {
		const column = this.sortableField(field) ?? 'id';
		return await this.knex.select('*').from(this.collection).whereRaw('LOWER(??) LIKE ?', [column, `${prefix.toLowerCase()}%`]);
	}
}
