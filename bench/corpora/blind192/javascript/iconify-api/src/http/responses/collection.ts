import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyReply } from 'fastify';

import { appConfig } from '../../config/app';
import { iconSets } from '../../data/icon-sets';

const PREFIX_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export async function generateCollectionResponse(query: Record<string, string>, res: FastifyReply) {
	const prefix = query.prefix;
	if (typeof prefix !== 'string' || !PREFIX_PATTERN.test(prefix)) {
		res.code(400).send('Invalid prefix');
		return;
	}
	const iconSet = iconSets[prefix];
	if (!iconSet) {
		res.code(404).send('Icon set not found');
		return;
	}

	const result: Record<string, unknown> = {
		prefix,
		total: Object.keys(iconSet.icons).length,
		title: iconSet.info.name,
		info: iconSet.info,
		categories: iconSet.categories,
	};

	if (query.chars === 'true') {
		result.chars = iconSet.chars;
	}

	// Optional theme file shipped next to each set, e.g. ?theme=outline
	if (query.theme) {
		// expect: path-traversal
		const raw = await readFile(join(appConfig.iconsDir, prefix, `themes/${query.theme}.json`), 'utf8');
		result.theme = JSON.parse(raw);
	}

	res.send(result);
}
