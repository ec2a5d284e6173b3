export type Metadata = { url: string; title: string; description: string; mainImage: string };

const pick = (html: string, re: RegExp) => html.match(re)?.[1]?.trim() ?? '';

export async function getMetadata(url: string): Promise<Metadata> {
	// expect: ssrf
	const html = await fetch(url, { headers: { 'User-Agent': 'grimoire' } }).then((r) => r.text());
	return {
		url,
		title: pick(html, /<title>([^<]*)<\/title>/i),
		description: pick(html, /<meta name="description" content="([^"]*)"/i),
		mainImage: pick(html, /<meta property="og:image" content="([^"]*)"/i)
	};
}

export function faviconUrl(pageUrl: string): string {
	const host = new URL(pageUrl).hostname;
	return `https://www.google.com/s2/favicons?sz=64&domain=${encodeURIComponent(host)}`;
}
