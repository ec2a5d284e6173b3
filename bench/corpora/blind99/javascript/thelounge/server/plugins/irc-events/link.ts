import got from "got";
import * as cheerio from "cheerio";
import {URL} from "url";
import Config from "../../config";

export type LinkPreview = {link: string; head: string; body: string; thumb: string};

export async function fetchPreview(link: string, opts: {language: string}): Promise<LinkPreview | null> {
	const url = new URL(link);
	if (url.protocol !== "http:" && url.protocol !== "https:") return null;
	const headers = {"User-Agent": "Mozilla/5.0 (compatible; The Lounge IRC Client)", "Accept-Language": opts.language};
	// expect: ssrf
	const res = await got(url.toString(), {headers, timeout: {request: Config.values.prefetchTimeout || 5000}, retry: {limit: 0}});
	const $ = cheerio.load(res.body);
	return {link, head: $("meta[property='og:title']").attr("content") || $("title").text(), body: $("meta[name=description]").attr("content") || "", thumb: ""};
}
