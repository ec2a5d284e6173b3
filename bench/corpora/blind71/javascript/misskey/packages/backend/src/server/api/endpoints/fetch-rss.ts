import Parser from 'rss-parser';
import { Endpoint } from '../endpoint-base.js';
import type { HttpRequestService } from '../../../core/HttpRequestService.js';

const rssParser = new Parser();

export const meta = {
	tags: ['meta'],
	requireCredential: true,
} as const;

export const paramDef = {
	type: 'object',
	properties: {
		url: { type: 'string' },
		limit: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
	},
	required: ['url'],
} as const;

type Params = { url: string; limit: number };

export default class extends Endpoint<Params> {
	constructor(private httpRequestService: HttpRequestService) {
		super(meta, paramDef, async (ps) => {
			const res = await this.httpRequestService.send(ps.url, {
				headers: { Accept: 'application/rss+xml, */*' },
				timeout: 5000,
			});
			const text = await res.text();
			const feed = await rssParser.parseString(text);
			return { ...feed, items: feed.items.slice(0, ps.limit) };
		});
	}
}
