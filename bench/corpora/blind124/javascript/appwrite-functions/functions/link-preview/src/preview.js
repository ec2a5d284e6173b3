const ALLOWED_HOSTS = new Set(['www.youtube.com', 'vimeo.com', 'github.com']);

function parseMeta(html) {
  const title = /<title>([^<]*)<\/title>/i.exec(html);
  const description = /<meta name="description" content="([^"]*)"/i.exec(html);
  return { title: title ? title[1] : '', description: description ? description[1] : '' };
}

export async function fetchPreview(url) {
  // expect: ssrf
  const response = await fetch(url, { redirect: 'follow' });
  return parseMeta(await response.text());
}

export async function fetchPreviewAllowed(url) {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' || !ALLOWED_HOSTS.has(parsed.hostname)) {
    throw new Error('host not allowed');
  }
  const response = await fetch(parsed.toString(), { redirect: 'error' });
  return parseMeta(await response.text());
}
