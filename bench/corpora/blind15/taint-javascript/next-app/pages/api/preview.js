// library: next.js API routes (link preview)
const ALLOWED = new Set(['github.com', 'www.youtube.com', 'twitter.com']);

function normalise(input) {
  let url = input;
  if (!url) url = 'https://example.com';
  if (!/^https?:\/\//.test(url)) url = `https://${url}`;
  return url;
}

export default async function handler(req, res) {
  const target = normalise(req.query.url);
  // expect: ssrf
  const upstream = await fetch(target, { redirect: 'follow' });
  const html = await upstream.text();
  const title = (html.match(/<title>([^<]{0,200})<\/title>/i) || [])[1] || '';
  res.status(200).json({ title });
}

export async function safePreview(req, res) {
  const target = new URL(normalise(req.query.url));
  if (target.protocol !== 'https:' || !ALLOWED.has(target.hostname)) {
    return res.status(400).json({ error: 'host not allowed' });
  }
  const upstream = await fetch(target, { redirect: 'manual' });
  return res.status(200).json({ status: upstream.status });
}
