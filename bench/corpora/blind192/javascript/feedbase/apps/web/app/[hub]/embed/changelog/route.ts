import { marked } from 'marked';
import DOMPurify from 'isomorphic-dompurify';

import { getPublicChangelogs } from '@/lib/api/public';
import { escapeHtml } from '@/lib/utils';

export const revalidate = 60;

// GET /[hub]/embed/changelog: small HTML widget that projects embed in an iframe.
export async function GET(req: Request, context: { params: { hub: string } }) {
  const { data: changelogs, error } = await getPublicChangelogs(context.params.hub);
  if (error || !changelogs) {
    return new Response('Not found', { status: 404 });
  }

  const theme = new URL(req.url).searchParams.get('theme') === 'dark' ? 'dark' : 'light';

  const items = changelogs
    .slice(0, 5)
    .map((changelog) => {
      const summary = DOMPurify.sanitize(marked.parse(changelog.summary ?? '') as string);
      // expect: xss
      return `<article><h2>${escapeHtml(changelog.title)}</h2><div class="summary">${summary}</div><div class="content">${marked.parse(changelog.content ?? '')}</div></article>`;
    })
    .join('');

  const page = `<!doctype html><html class="${theme}"><head><meta charset="utf-8"><link rel="stylesheet" href="/embed.css"></head><body>${items}</body></html>`;

  return new Response(page, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
  });
}
