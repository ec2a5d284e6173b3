import type { DataSource } from 'typeorm';
import { Endpoint } from '../../endpoint-base.js';

export const meta = {
	tags: ['notes'],
	requireCredential: false,
} as const;

export const paramDef = {
	type: 'object',
	properties: {
		query: { type: 'string' },
		sinceId: { type: 'string', format: 'misskey:id' },
		host: { type: 'string', nullable: true },
		channelId: { type: 'string', nullable: true, default: null },
		limit: { type: 'integer', minimum: 1, maximum: 100, default: 10 },
	},
	required: ['query'],
} as const;

type Params = { query: string; sinceId?: string; host?: string | null; channelId: string | null; limit: number };

function sqlLikeEscape(s: string): string {
	return s.replace(/([%_\\])/g, '\\$1');
}

export default class extends Endpoint<Params> {
	constructor(private db: DataSource) {
		super(meta, paramDef, async (ps, me) => {
			const query = this.db.createQueryBuilder().select('note.id').addSelect('note.text').from('note', 'note')
				.where('note.visibility = :visibility', { visibility: 'public' })
				.andWhere('note.text ILIKE :q', { q: `%${sqlLikeEscape(ps.query)}%` });

			if (ps.host === null) {
				query.andWhere('note.userHost IS NULL');
			} else if (ps.host) {
				// expect: sql-injection
				query.andWhere(`note.userHost = '${ps.host}'`);
			}

			if (ps.channelId) {
				query.andWhere('note.channelId = :channelId', { channelId: ps.channelId });
			}
			if (me) {
				query.andWhere('note.userId NOT IN (SELECT "muteeId" FROM muting WHERE "muterId" = :meId)', { meId: me.id });
			}

			return query.orderBy('note.id', 'DESC').limit(ps.limit).getRawMany();
		});
	}
}
