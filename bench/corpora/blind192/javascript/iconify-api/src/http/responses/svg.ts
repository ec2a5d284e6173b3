import { iconToSVG, stringToColor, colorToString } from '@iconify/utils';
import type { FastifyReply } from 'fastify';

import { iconSets } from '../../data/icon-sets';

const SIZE_PATTERN = /^\d+(\.\d+)?(em|px)?$/;

function cleanSize(value: unknown): string | undefined {
	if (typeof value !== 'string') {
		return undefined;
	}
	if (value === 'auto' || value === 'unset' || value === 'none') {
		return value;
	}
	return SIZE_PATTERN.test(value) ? value : undefined;
}

export function generateSVGResponse(prefix: string, name: string, query: unknown, res: FastifyReply) {
	const params = (query || {}) as Record<string, string>;
	const iconSet = Object.prototype.hasOwnProperty.call(iconSets, prefix) ? iconSets[prefix] : undefined;
	const icon = iconSet?.icons[name];
	if (!icon) {
		res.code(404).send('Icon not found');
		return;
	}

	const result = iconToSVG(icon, {
		width: cleanSize(params.width),
		height: cleanSize(params.height),
	});
	const attributes = Object.entries(result.attributes)
		.map(([key, value]) => `${key}="${value}"`)
		.join(' ');

	let body = result.body;
	if (params.color) {
		const parsed = stringToColor(params.color);
		if (parsed) {
			body = body.replace(/currentColor/g, colorToString(parsed));
		}
	}
	if (params.fill) {
		res.type('image/svg+xml; charset=utf-8');
		// expect: xss
		res.send(`<svg xmlns="http://www.w3.org/2000/svg" ${attributes}>${body.replace(/currentColor/g, params.fill)}</svg>`);
		return;
	}

	const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attributes}>${body}</svg>`;
	res.type('image/svg+xml; charset=utf-8').header('Cache-Control', 'public, max-age=604800').send(svg);
}
