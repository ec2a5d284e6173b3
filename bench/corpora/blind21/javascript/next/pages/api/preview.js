// next.js pages API route: draft-mode preview entry point and an HTML error page
export default async function preview(req, res) {
  const { secret, slug, lang = 'en' } = req.query;

  if (secret !== process.env.PREVIEW_SECRET) {
    // expect: xss
    return res.status(401).send(`<p>Invalid token for <code>${slug}</code></p>`);
  }
  if (!slug) {
    return res.status(400).json({ message: 'slug is required' });
  }

  const post = await fetchPost(String(slug));
  if (!post) {
    return res.status(404).json({ message: 'unknown slug' });
  }

  res.setDraftMode({ enable: true });
  res.redirect(`/${encodeURIComponent(lang)}/posts/${post.slug}`);
}

export async function exitPreview(req, res) {
  res.setDraftMode({ enable: false });
  const next = req.query.next || '/';
  // expect: open-redirect
  res.writeHead(307, { Location: next });
  res.end();
}

export async function exitPreviewSafe(req, res) {
  res.setDraftMode({ enable: false });
  const raw = typeof req.query.next === 'string' ? req.query.next : '/';
  const target = raw.startsWith('/') && !raw.startsWith('//') && !raw.startsWith('/\\') ? raw : '/';
  res.writeHead(307, { Location: target });
  res.end();
}

async function fetchPost(slug) {
  const r = await fetch(`${process.env.CMS_URL}/posts?slug=${encodeURIComponent(slug)}`, {
    headers: { Authorization: `Bearer ${process.env.CMS_TOKEN}` },
  });
  if (!r.ok) return null;
  const [post] = await r.json();
  return post ?? null;
}
