import { fail } from '@sveltejs/kit';
import { marked } from 'marked';
import type { Actions, PageServerLoad } from './$types';
import { turso_client } from '$lib/turso/client';
import { get_session } from '$lib/server/session';

type Entry = { id: number; name: string; message: string; created_at: string };

function escape_html(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Guestbook entries; the page renders `name_html` and `message_html` with {@html}. */
export const load: PageServerLoad = async () => {
	const client = turso_client();
	const result = await client.execute('SELECT id, name, message, created_at FROM guestbook ORDER BY created_at DESC LIMIT 100');
	const entries = result.rows as unknown as Entry[];
	return {
		entries: entries.map((entry) => ({
			id: entry.id,
			created_at: entry.created_at,
			name_html: `<strong>${escape_html(entry.name)}</strong>`,
			// expect: xss
			message_html: marked.parse(entry.message, { async: false }) as string,
		})),
	};
};

export const actions: Actions = {
	sign: async ({ request, cookies }) => {
		const session = await get_session(cookies);
		if (!session) {
			return fail(401, { error: 'Sign in with GitHub first' });
		}
		const data = await request.formData();
		const message = String(data.get('message') ?? '').trim();
		if (!message || message.length > 500) {
			return fail(400, { error: 'Message must be 1-500 characters' });
		}
		const client = turso_client();
		await client.execute({
			sql: 'INSERT INTO guestbook (name, message, created_at) VALUES (?, ?, datetime())',
			args: [session.login, message],
		});
		return { success: true };
	},
};
