import type { LoaderFunctionArgs } from '@remix-run/node';
import { marked } from 'marked';
import { getSharedNote } from '~/models/note.server';

function escapeHtml(text: string) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

// a resource route: shared notes are served as a standalone HTML page so they can be printed or embedded
export const loader = async ({ params }: LoaderFunctionArgs) => {
  const token = params.token ?? '';
  if (!/^[\w-]{24}$/.test(token)) {
    throw new Response('Not found', { status: 404 });
  }
  const note = await getSharedNote(token);
  if (!note) {
    throw new Response('Not found', { status: 404 });
  }
  const title = escapeHtml(note.title);
  // expect: xss
  const body = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><article>${marked.parse(note.body)}</article></body></html>`;
  return new Response(body, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, max-age=60',
    },
  });
};
