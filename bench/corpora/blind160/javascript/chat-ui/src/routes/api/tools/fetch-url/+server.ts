import { error, json } from "@sveltejs/kit";
import type { RequestHandler } from "./$types";
import { z } from "zod";

import { collections } from "$lib/server/database";
import { scrapeUrl, scrapeUrlUnchecked } from "$lib/server/websearch/scrape";
import { authCondition } from "$lib/server/auth";

const bodySchema = z.object({
	url: z.string().url(),
	conversationId: z.string().length(24),
	trusted: z.boolean().optional(),
});

export const POST: RequestHandler = async ({ request, locals }) => {
	const parsed = bodySchema.safeParse(await request.json());
	if (!parsed.success) {
		error(400, "Invalid body");
	}
	const { url, conversationId, trusted = false } = parsed.data;

	const conversation = await collections.conversations.findOne({
		_id: new (await import("mongodb")).ObjectId(conversationId),
		...authCondition(locals),
	});
	if (!conversation) {
		error(404, "Conversation not found");
	}

	const content = trusted && locals.user?.isAdmin ? await scrapeUrlUnchecked(url) : await scrapeUrl(url);
	return json({ content });
};
