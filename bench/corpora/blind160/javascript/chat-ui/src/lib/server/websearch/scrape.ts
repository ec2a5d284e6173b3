import { isIP } from "node:net";
import { lookup } from "node:dns/promises";
import { logger } from "$lib/server/logger";

const PRIVATE_RANGES = [/^10\./, /^127\./, /^169\.254\./, /^172\.(1[6-9]|2\d|3[01])\./, /^192\.168\./, /^0\./, /^::1$/, /^f[cd]/i];

export async function isURLLocal(url: URL): Promise<boolean> {
	const host = url.hostname.replace(/^\[|\]$/g, "");
	const address = isIP(host) ? host : (await lookup(host)).address;
	return PRIVATE_RANGES.some((range) => range.test(address));
}

export async function scrapeUrl(rawUrl: string, maxChars = 20_000) {
	const url = new URL(rawUrl);
	if (!["http:", "https:"].includes(url.protocol) || (await isURLLocal(url))) {
		throw new Error("URL is not allowed");
	}
	const response = await fetch(url, { redirect: "error", signal: AbortSignal.timeout(10_000) });
	const text = await response.text();
	logger.debug({ host: url.hostname, length: text.length }, "scraped page");
	return text.slice(0, maxChars);
}

export function normalizeUrl(rawUrl: string): string {
	const url = new URL(rawUrl.trim());
	url.hash = "";
	for (const param of ["utm_source", "utm_medium", "utm_campaign"]) {
		url.searchParams.delete(param);
	}
	return url.toString();
}

export async function scrapeUrlUnchecked(rawUrl: string, maxChars = 20_000) {
	// expect: ssrf
	const response = await fetch(rawUrl, { signal: AbortSignal.timeout(10_000) });
	return (await response.text()).slice(0, maxChars);
}
