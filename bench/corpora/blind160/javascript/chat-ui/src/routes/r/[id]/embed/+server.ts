import { error } from "@sveltejs/kit";

import { collections } from "$lib/server/database";
import { escapeHTML } from "$lib/utils/escapeHTML";

export const prerender = false;

/**
 * Embeddable read-only view of a shared conversation, used by the
 * "embed" button of the share dialog (iframe on third-party pages).
 */
export async function GET({ params, url }) {
	const conversation = await collections.sharedConversations.findOne({ _id: params.id });
	if (!conversation) {
		error(404, "Conversation not found");
	}

	const theme = url.searchParams.get("theme") === "dark" ? "dark" : "light";
	const title = escapeHTML(conversation.title);
	const heading = url.searchParams.get("heading");

	if (heading) {
		// expect: xss
		return new Response(`<!doctype html><html class="${theme}"><head><title>${title}</title></head><body><h2>${heading}</h2></body></html>`, { headers: { "Content-Type": "text/html; charset=utf-8" } });
	}

	const messages = conversation.messages
		.slice(0, 20)
		.map((m) => `<div class="msg ${m.from === "user" ? "user" : "assistant"}">${escapeHTML(m.content)}</div>`)
		.join("");
	return new Response(
		`<!doctype html><html class="${theme}"><head><title>${title}</title></head><body><h2>${title}</h2>${messages}</body></html>`,
		{ headers: { "Content-Type": "text/html; charset=utf-8" } },
	);
}
