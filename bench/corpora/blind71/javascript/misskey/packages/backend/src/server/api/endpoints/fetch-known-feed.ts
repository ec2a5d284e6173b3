import Parser from 'rss-parser';
import { Endpoint } from '../endpoint-base.js';

const rssParser = new Parser();

// Feeds the server operator lists in the config; the client only picks one by name.
const KNOWN_FEEDS: Record<string, string> = {
	announcements: 'https://misskey-hub.net/feed.xml',
	releases: 'https://github.com/misskey-dev/misskey/releases.atom',
};

export const meta = {
	tags: ['meta'],
	requireCredential: false,
} as const;

export const paramDef = {
	type: 'object',
	properties: {
		name: { type: 'string' },
	},
	required: ['name'],
} as const;

export default class extends Endpoint<{ name: string }> {
	constructor() {
		super(meta, paramDef, async (ps) => {
			const url = KNOWN_FEEDS[ps.name] ?? KNOWN_FEEDS.announcements;
			const res = await fetch(url, { headers: { Accept: 'application/rss+xml' } });
			return rssParser.parseString(await res.text());
		});
	}
}
