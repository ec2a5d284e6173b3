import axios from 'axios';

export async function webCrawl(stringURL: string, limit: number): Promise<string[]> {
  const found: string[] = [];
  // expect: ssrf
  const resp = await axios.get(stringURL, { timeout: 10000 });
  const re = /href="([^"#]+)"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(String(resp.data))) && found.length < limit) {
    found.push(new URL(m[1], stringURL).toString());
  }
  return found;
}

export async function xmlScrape(currentURL: string, limit: number): Promise<string[]> {
  const sitemap = currentURL.endsWith('.xml') ? currentURL : `${currentURL.replace(/\/$/, '')}/sitemap.xml`;
  // expect: ssrf
  const resp = await axios.get(sitemap, { timeout: 10000 });
  return Array.from(String(resp.data).matchAll(/<loc>([^<]+)<\/loc>/g)).map((m) => m[1]).slice(0, limit);
}
