import type { FastifyReply } from 'fastify';

import { iconSets } from '../../data/icon-sets';

const DEFAULT_LIMIT = 64;
const MAX_LIMIT = 999;

function escapeRegExp(value: string): string {
	return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface SearchResult {
	icons: string[];
	total: number;
	limit: number;
}

export function generateSearchResponse(query: Record<string, string>, res: FastifyReply) {
	const keyword = typeof query.query === 'string' ? query.query.trim() : '';
	if (!keyword) {
		res.code(400).send('Missing query');
		return;
	}
	const limit = Math.min(MAX_LIMIT, Math.max(1, parseInt(query.limit, 10) || DEFAULT_LIMIT));

	let prefixes = Object.keys(iconSets);
	if (query.prefix) {
		const prefixFilter = new RegExp(`^${escapeRegExp(query.prefix)}`);
		prefixes = prefixes.filter((prefix) => prefixFilter.test(prefix));
	}

	// Power users can pass a pattern, e.g. "arrow-(left|right)"; plain words still match.
	// expect: redos
	const matcher = query.pattern === '1' ? new RegExp(keyword, 'i') : new RegExp(escapeRegExp(keyword), 'i');

	const icons: string[] = [];
	let total = 0;
	for (const prefix of prefixes) {
		for (const name of Object.keys(iconSets[prefix].icons)) {
			if (matcher.test(name)) {
				total++;
				if (icons.length < limit) {
					icons.push(`${prefix}:${name}`);
				}
			}
		}
	}

	const result: SearchResult = { icons, total, limit };
	res.send(result);
}
