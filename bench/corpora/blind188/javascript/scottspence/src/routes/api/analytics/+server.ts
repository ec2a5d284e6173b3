import { json, error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { get_popular_posts, get_post_analytics, get_post_views_by_day } from '$lib/turso/analytics';

/**
 * GET /api/analytics?slug=... returns the totals and sparkline of one post;
 * without `slug`, the popular posts of `period`.
 */
export const GET: RequestHandler = async ({ url, setHeaders }) => {
	const slug = url.searchParams.get('slug');
	setHeaders({ 'cache-control': 'public, max-age=300' });

	if (!slug) {
		const period = url.searchParams.get('period') ?? 'month';
		const limit = Number(url.searchParams.get('limit') ?? 6);
		return json({ popular: await get_popular_posts(period, Number.isFinite(limit) ? limit : 6) });
	}

	if (slug.length > 120) {
		error(400, 'slug too long');
	}

	const [totals, daily] = await Promise.all([
		get_post_analytics(slug),
		get_post_views_by_day(slug, Number(url.searchParams.get('days') ?? 30)),
	]);

	if (!totals) {
		error(404, 'no analytics for this post');
	}

	return json({ totals, daily });
};
