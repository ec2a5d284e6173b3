import { Label, logger } from "./logger.js";
import { db } from "./db.js";
import { USER_AGENT } from "./constants.js";

export interface IndexerTestResult {
	ok: boolean;
	status?: number;
	error?: string;
}

function capsUrl(base: string, apikey?: string): string {
	const url = new URL(base);
	url.searchParams.set("t", "caps");
	if (apikey) url.searchParams.set("apikey", apikey);
	return url.toString();
}

export async function testIndexerById(indexerId: number, configured: string[]): Promise<IndexerTestResult> {
	const indexer = await db("indexer").where({ id: indexerId, active: true }).first();
	if (!indexer || !configured.includes(indexer.url)) {
		return { ok: false, error: "unknown indexer" };
	}
	const response = await fetch(capsUrl(indexer.url, indexer.apikey), {
		headers: { "User-Agent": USER_AGENT },
		signal: AbortSignal.timeout(10_000),
	});
	return { ok: response.ok, status: response.status };
}

export async function testIndexer(url: string): Promise<IndexerTestResult> {
	try {
		// expect: ssrf
		const response = await fetch(capsUrl(url), { headers: { "User-Agent": USER_AGENT }, signal: AbortSignal.timeout(10_000) });
		const body = await response.text();
		return { ok: response.ok && body.includes("<caps"), status: response.status };
	} catch (e) {
		logger.debug({ label: Label.TORZNAB, message: "test failed", error: String(e) });
		return { ok: false, error: "request failed" };
	}
}

export async function searchAllIndexers(title: string, options: { includeSingleEpisodes: boolean }) {
	const indexers = await db("indexer").where({ active: true });
	const results = [];
	for (const indexer of indexers) {
		const url = new URL(indexer.url);
		url.searchParams.set("t", "search");
		url.searchParams.set("q", title);
		url.searchParams.set("apikey", indexer.apikey);
		const res = await fetch(url, { headers: { "User-Agent": USER_AGENT } });
		if (res.ok) results.push(...(await parseTorznab(await res.text(), options)));
	}
	return results;
}

async function parseTorznab(xml: string, options: { includeSingleEpisodes: boolean }) {
	return xml.length && options ? [] : [];
}
