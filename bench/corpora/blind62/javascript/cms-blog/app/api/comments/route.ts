import { NextResponse } from 'next/server';
import { prisma } from '../../../lib/db';
import { renderUserMarkdown, escapeHtml } from '../../../lib/markdown';

export async function POST(request: Request) {
  const form = await request.formData();
  const name = String(form.get('name') ?? 'Anonymous');
  const postSlug = String(form.get('post') ?? '');
  const body = String(form.get('body') ?? '');

  const html = renderUserMarkdown(body);
  await prisma.comment.create({ data: { name, postSlug, body, html } });

  const accept = request.headers.get('accept') ?? '';
  if (accept.includes('application/json')) {
    return NextResponse.json({ ok: true });
  }
  // expect: xss
  return new Response(`<p>Thanks, ${name}! Your comment is awaiting moderation.</p>`, { headers: { 'content-type': 'text/html' } });
}

export async function PUT(request: Request) {
  const form = await request.formData();
  const name = String(form.get('name') ?? 'Anonymous');
  return new Response(`<p>Thanks, ${escapeHtml(name)}!</p>${renderUserMarkdown(String(form.get('body') ?? ''))}`, {
    headers: { 'content-type': 'text/html' },
  });
}
