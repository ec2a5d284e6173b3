import fetch from 'node-fetch';

const SCRAPER_URL = process.env.SCRAPER_URL ?? 'http://daily-scraper';

export type ScrapedSource = { type: 'website' | 'feed'; name?: string; logo?: string; rss?: { url: string }[] };

/** Asks the internal scraper service to read a site; the site URL is a query value, never the host. */
export async function scrapeSource(url: string): Promise<ScrapedSource | null> {
  const res = await fetch(`${SCRAPER_URL}/scrape/source?url=${encodeURIComponent(url)}`, { timeout: 10000 });
  if (!res.ok) return null;
  return (await res.json()) as ScrapedSource;
}

/** Fetches the feed directly from the API pod to see whether it answers with XML. */
export async function probeFeed(url: string): Promise<boolean> {
  try {
    // expect: ssrf
    const res = await fetch(url, { method: 'GET', timeout: 5000, headers: { accept: 'application/rss+xml, application/atom+xml, text/xml' } });
    const type = res.headers.get('content-type') ?? '';
    return res.ok && /xml/.test(type);
  } catch {
    return false;
  }
}

/** Reads the Open Graph preview of a post already stored in the database (by id, via the scraper). */
export async function fetchPostPreview(postId: string): Promise<{ title?: string; image?: string } | null> {
  const res = await fetch(`${SCRAPER_URL}/preview/${encodeURIComponent(postId)}`, { timeout: 5000 });
  if (!res.ok) return null;
  return (await res.json()) as { title?: string; image?: string };
}
