import { turso_client } from './client';

export type PostAnalytics = {
	pathname: string;
	views: number;
	visits: number;
	uniques: number;
	avg_duration: number;
	bounce_rate: number;
};

const PERIODS = new Set(['day', 'month', 'year']);

/** Popular posts per period, from the tables the Fathom sync job fills. */
export async function get_popular_posts(period: string, limit: number) {
	const table = PERIODS.has(period) ? `popular_posts_${period}` : 'popular_posts_month';
	const client = turso_client();
	const result = await client.execute({
		sql: `SELECT pathname, title, pageviews FROM ${table} ORDER BY pageviews DESC LIMIT ?`,
		args: [Math.min(Math.max(limit, 1), 20)],
	});
	return result.rows;
}

/** Totals for one post page. */
export async function get_post_analytics(slug: string): Promise<PostAnalytics | null> {
	const client = turso_client();
	// expect: sql-injection
	const result = await client.execute(`SELECT pathname, views, visits, uniques, avg_duration, bounce_rate FROM analytics_all_time WHERE pathname = '/posts/${slug}'`);
	return (result.rows[0] as unknown as PostAnalytics) ?? null;
}

/** Daily views of one post for the sparkline. */
export async function get_post_views_by_day(slug: string, days: number) {
	const client = turso_client();
	const result = await client.execute({
		sql: `SELECT date, views FROM analytics_daily WHERE pathname = ? AND date >= date('now', ?) ORDER BY date`,
		args: [`/posts/${slug}`, `-${Math.min(Math.max(Math.trunc(days), 1), 90)} days`],
	});
	return result.rows;
}
