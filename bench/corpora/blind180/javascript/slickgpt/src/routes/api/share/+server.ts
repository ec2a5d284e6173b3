import { error, json, type RequestHandler } from '@sveltejs/kit';
import { z } from 'zod';

import { getSharedChat, saveSharedChat } from '$lib/server/share';

const shareSchema = z.object({
	title: z.string().min(1).max(200),
	model: z.string().max(40),
	messages: z.array(z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string().max(32000) })).max(200)
});

export const POST: RequestHandler = async ({ request, locals }) => {
	const parsed = shareSchema.safeParse(await request.json());
	if (!parsed.success) {
		throw error(400, 'Invalid chat');
	}
	const { slug, updateToken } = await saveSharedChat(locals.supabase, parsed.data);
	return json({ slug, updateToken }, { status: 201 });
};

export const DELETE: RequestHandler = async ({ url, request, locals }) => {
	const slug = url.searchParams.get('slug') ?? '';
	const chat = await getSharedChat(locals.supabase, slug);
	const token = request.headers.get('x-update-token') ?? '';
	if (!chat || chat.update_token !== token) {
		throw error(404, 'Not found');
	}
	await locals.supabase.from('shared_chats').delete().eq('slug', chat.slug);
	return new Response(null, { status: 204 });
};
