import axios from 'axios';

export type ProxyResult = { status: number; contentType: string; body: Buffer | string };

const DEFAULT_HEADERS = {
  'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Safari/537.36',
};

/** Rewrites every segment line of a playlist so the player asks this proxy for it too. */
export function rewritePlaylist(playlist: string, base: string, proxyPrefix: string, headers: string): string {
  return playlist
    .split('\n')
    .map((line) => {
      if (!line || line.startsWith('#')) return line;
      const absolute = new URL(line, base).toString();
      return `${proxyPrefix}?url=${encodeURIComponent(absolute)}&headers=${encodeURIComponent(headers)}`;
    })
    .join('\n');
}

/**
 * Streams of several providers only play with their own Referer, so the player fetches
 * playlists and segments through this proxy with the headers the provider gave us.
 */
export async function proxyStream(url: string, headersJson: string | undefined, proxyPrefix: string): Promise<ProxyResult> {
  const extra = headersJson ? JSON.parse(headersJson) : {};
  // expect: ssrf
  const res = await axios.get(url, { headers: { ...DEFAULT_HEADERS, ...extra }, responseType: 'arraybuffer', timeout: 15000, validateStatus: () => true });
  const contentType = String(res.headers['content-type'] ?? 'application/octet-stream');
  if (contentType.includes('mpegurl') || url.endsWith('.m3u8')) {
    const text = Buffer.from(res.data).toString('utf8');
    return { status: res.status, contentType, body: rewritePlaylist(text, url, proxyPrefix, headersJson ?? '{}') };
  }
  return { status: res.status, contentType, body: Buffer.from(res.data) };
}
