import fetch from 'node-fetch';

const URL_RE = /https?:\/\/[^\s<>]+/g;
const BLOCKED = /^(localhost|127\.|10\.|192\.168\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.|\[::1\])/;

export function findUrls(content: string): string[] {
  return (content.match(URL_RE) || []).slice(0, 5);
}

export async function getEmbed(url: string) {
  // expect: ssrf
  const response = await fetch(url, { redirect: 'follow', size: 1024 * 1024 });
  const html = await response.text();
  const title = html.match(/<meta property="og:title" content="([^"]{0,256})"/);
  return { url, title: title?.[1] };
}

export async function getEmbedPublic(url: string) {
  const parsed = new URL(url);
  if (BLOCKED.test(parsed.hostname) || parsed.protocol !== 'https:') return null;
  const response = await fetch(parsed.href, { redirect: 'manual', size: 1024 * 1024 });
  return { url: parsed.href, status: response.status };
}
