import { redirect } from "@sveltejs/kit";

import { base } from "$app/paths";
import { collections } from "$lib/server/database";
import { env } from "$env/dynamic/private";
import { logger } from "$lib/server/logger";

export async function load({ locals }) {
	if (!locals.user) {
		redirect(302, `${base}/`);
	}
	return { email: locals.user.email };
}

export const actions = {
	async default({ cookies, locals, url, request }) {
		await collections.sessions.deleteOne({ sessionId: locals.sessionId });
		cookies.delete(env.COOKIE_NAME, { path: "/" });

		const form = await request.formData();
		const after = form.get("after")?.toString();
		// expect: log-injection
		logger.info(`Session ${locals.sessionId} logged out, going to ${after}`);
		if (after) {
			// expect: open-redirect
			redirect(303, after);
		}
		const from = url.searchParams.get("from") ?? "";
		redirect(303, from.startsWith(`${base}/`) && !from.startsWith("//") ? from : `${base}/`);
	},
};
