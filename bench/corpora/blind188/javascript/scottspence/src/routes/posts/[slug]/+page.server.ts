import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { turso_client } from '$lib/turso/client';
import { get_post } from '$lib/posts';

export const reactions = [
	{ type: 'likes', emoji: '👍' },
	{ type: 'hearts', emoji: '❤️' },
	{ type: 'poops', emoji: '💩' },
	{ type: 'parties', emoji: '🎉' },
] as const;

const REACTION_TYPES = new Set<string>(reactions.map((r) => r.type));

export const load: PageServerLoad = async ({ params }) => {
	const slug = params.slug.toLowerCase();
	if (slug !== params.slug) {
		redirect(301, `/posts/${slug}`);
	}
	const post = await get_post(slug);
	const client = turso_client();
	const counts = await client.execute({
		sql: 'SELECT reaction_type, count FROM reactions WHERE post_url = ?',
		args: [`/posts/${slug}`],
	});
	return { post, reactions: counts.rows };
};

export const actions: Actions = {
	reaction: async ({ request, url, getClientAddress }) => {
		const data = await request.formData();
		const reaction = String(data.get('reaction') ?? '');
		const path = url.pathname;
		if (!REACTION_TYPES.has(reaction)) {
			return fail(400, { error: 'Invalid reaction type' });
		}
		const client = turso_client();
		await client.execute({
			sql: `INSERT INTO reactions (post_url, reaction_type, count) VALUES (?, ?, 1)
				ON CONFLICT (post_url, reaction_type) DO UPDATE SET count = count + 1`,
			args: [path, reaction],
		});
		console.log(`reaction ${reaction} on ${path} from ${getClientAddress()}`);
		return { success: true };
	},
};
