import { error, type RequestHandler } from '@sveltejs/kit';
import { z } from 'zod';

import { MODELS, moderate, streamCompletion } from '$lib/server/openai';

const askSchema = z.object({
	model: z.string().refine((model) => MODELS.has(model), 'Unknown model'),
	messages: z
		.array(z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string().max(32000) }))
		.min(1)
		.max(200),
	temperature: z.number().min(0).max(2).default(1),
	maxTokens: z.number().int().min(1).max(16000).default(2048),
	openAiKey: z.string().startsWith('sk-').optional(),
	endpoint: z.string().url().optional()
});

export const POST: RequestHandler = async ({ request, locals }) => {
	const parsed = askSchema.safeParse(await request.json());
	if (!parsed.success) {
		throw error(400, 'Invalid request');
	}
	const { model, messages, temperature, maxTokens, openAiKey, endpoint } = parsed.data;

	const user = await locals.getUser();
	if (!user && !openAiKey) {
		throw error(401, 'Sign in or bring your own API key');
	}

	const last = messages[messages.length - 1];
	if (last.role === 'user' && (await moderate(last.content))) {
		throw error(400, 'Your message was flagged by the moderation API');
	}

	const upstream = await streamCompletion({ model, messages, temperature, maxTokens, apiKey: openAiKey, endpoint });
	if (!upstream.ok || !upstream.body) {
		throw error(upstream.status, 'Completion request failed');
	}

	return new Response(upstream.body, {
		headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' }
	});
};
