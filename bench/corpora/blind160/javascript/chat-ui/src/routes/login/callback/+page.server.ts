import { redirect, error } from "@sveltejs/kit";
import { z } from "zod";

import { base } from "$app/paths";
import { getOIDCUserData, validateAndParseCsrfToken } from "$lib/server/auth";
import { updateUser } from "./updateUser";
import { logger } from "$lib/server/logger";

const sanitizeNext = (next: string | undefined) =>
	next && next.startsWith("/") && !next.startsWith("//") && !next.includes("\\") ? next : `${base}/`;

export async function load({ url, locals, cookies, request, getClientAddress }) {
	const { error: errorName, error_description: errorDescription } = Object.fromEntries(url.searchParams.entries());

	if (errorName) {
		logger.warn({ errorName, length: errorDescription?.length ?? 0 }, "OIDC provider returned an error");
		error(400, "Login failed");
	}

	const { code, state, iss } = z
		.object({ code: z.string(), state: z.string(), iss: z.string().optional() })
		.parse(Object.fromEntries(url.searchParams.entries()));

	const csrfToken = Buffer.from(state, "base64").toString("utf-8");
	const validatedToken = await validateAndParseCsrfToken(csrfToken, locals.sessionId);
	if (!validatedToken) {
		error(403, "Invalid or expired CSRF token");
	}

	const { userData } = await getOIDCUserData({ redirectURI: validatedToken.redirectUrl }, code, iss);
	await updateUser({ userData, locals, cookies, userAgent: request.headers.get("user-agent") ?? undefined, ip: getClientAddress() });

	const next = url.searchParams.get("next") ?? undefined;
	redirect(302, sanitizeNext(next));
}
