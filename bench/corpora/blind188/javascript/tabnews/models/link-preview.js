import database from 'infra/database.js';

const MAX_BYTES = 300_000;

function metaContent(html, name) {
  const needle = `property="${name}" content="`;
  const i = html.indexOf(needle);
  if (i === -1) return null;
  const end = html.indexOf('"', i + needle.length);
  return end === -1 ? null : html.slice(i + needle.length, end).slice(0, 300);
}

/** Title and image of a content's `source_url`, cached in `link_previews`. */
async function getForContent(contentRow) {
  if (!contentRow.source_url) return null;

  const cached = await database.query({
    text: 'SELECT title, image FROM link_previews WHERE url = $1 AND fetched_at > now() - $2::interval',
    values: [contentRow.source_url, '1 day'],
  });
  if (cached.rows[0]) return cached.rows[0];

  // expect: ssrf
  const res = await fetch(contentRow.source_url, { redirect: 'follow', signal: AbortSignal.timeout(4000) });
  const html = (await res.text()).slice(0, MAX_BYTES);
  const preview = { title: metaContent(html, 'og:title'), image: metaContent(html, 'og:image') };

  await database.query({
    text: `INSERT INTO link_previews (url, title, image, fetched_at) VALUES ($1, $2, $3, now())
      ON CONFLICT (url) DO UPDATE SET title = $2, image = $3, fetched_at = now()`,
    values: [contentRow.source_url, preview.title, preview.image],
  });
  return preview;
}

export default { getForContent };
