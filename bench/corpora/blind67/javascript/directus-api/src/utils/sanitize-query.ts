import type { Accountability, Query } from '@directus/types';

export function sanitizeQuery(rawQuery: Record<string, any>, accountability?: Accountability | null): Query {
	const query: Query = {};

	const limit = Number.parseInt(String(rawQuery['limit'] ?? ''), 10);
	if (!Number.isNaN(limit)) {
		query.limit = limit === -1 && accountability?.admin ? -1 : Math.max(0, limit);
	}

	if (rawQuery['fields']) {
		query.fields = String(rawQuery['fields']).split(',');
	}

	if (rawQuery['sort']) {
		query.sort = String(rawQuery['sort']).split(',');
	}

	if (typeof rawQuery['search'] === 'string') {
		query.search = rawQuery['search'];
	}

	if (rawQuery['filter']) {
		query.filter = typeof rawQuery['filter'] === 'string' ? JSON.parse(rawQuery['filter']) : rawQuery['filter'];
	}

	return query;
}
