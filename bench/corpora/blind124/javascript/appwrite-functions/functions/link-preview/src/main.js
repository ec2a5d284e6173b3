import { fetchPreview, fetchPreviewAllowed } from './preview.js';
import { renderCard } from './render.js';

export default async ({ req, res, log, error }) => {
  const { url, title = 'Untitled', mode } = req.bodyJson ?? {};
  if (!url) {
    return res.json({ ok: false, error: 'url is required' }, 400);
  }
  try {
    const meta = mode === 'trusted' ? await fetchPreviewAllowed(url) : await fetchPreview(url);
    if (req.query.format === 'html') {
      const html = renderCard({ title: meta.title || title, description: meta.description });
      // expect: xss
      return res.send(html, 200, { 'content-type': 'text/html; charset=utf-8' });
    }
    return res.json({ ok: true, meta });
  } catch (err) {
    error(err.message);
    return res.json({ ok: false }, 502);
  }
};
