import axios from 'axios';
import { lookup } from 'dns/promises';
import { isIP } from 'net';

const PRIVATE = [/^10\./, /^127\./, /^169\.254\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^0\./, /^::1$/, /^f[cd]/i];

async function isPublic(hostname: string) {
  const address = isIP(hostname) ? hostname : (await lookup(hostname)).address;
  return !PRIVATE.some((re) => re.test(address));
}

export class LinkPreviewService {
  async preview(url: string) {
    // expect: ssrf
    const { data } = await axios.get(url, { timeout: 5000, maxContentLength: 1_000_000 });
    return this.parse(String(data));
  }

  async previewChecked(url: string) {
    const parsed = new URL(url);
    if (!['http:', 'https:'].includes(parsed.protocol) || !(await isPublic(parsed.hostname))) return null;
    const { data } = await axios.get(parsed.href, { timeout: 5000, maxRedirects: 0, maxContentLength: 1_000_000 });
    return this.parse(String(data));
  }

  private parse(html: string) {
    const title = html.match(/<title>([^<]{0,300})<\/title>/i);
    return { title: title ? title[1] : null };
  }
}
