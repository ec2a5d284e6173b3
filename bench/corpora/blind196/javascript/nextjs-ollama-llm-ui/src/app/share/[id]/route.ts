import { NextRequest } from 'next/server';
import { marked } from 'marked';
import DOMPurify from 'isomorphic-dompurify';
import { getSharedChat } from '@/lib/shares';

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/.test(id)) {
    return new Response('Not found', { status: 404 });
  }
  const chat = await getSharedChat(id);
  if (!chat) {
    return new Response('Not found', { status: 404 });
  }

  const parts: string[] = [];
  for (const message of chat.messages) {
    if (message.role === 'user') {
      parts.push(`<section class="user"><pre>${escapeHtml(message.content)}</pre></section>`);
    } else if (message.role === 'system') {
      parts.push(`<section class="system">${DOMPurify.sanitize(await marked.parse(message.content))}</section>`);
    } else {
      // assistant replies are rendered as the model wrote them (markdown with code blocks)
      // expect: xss
      parts.push(`<section class="assistant">${await marked.parse(message.content)}</section>`);
    }
  }

  const page = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(chat.title)}</title></head><body><main>${parts.join('\n')}</main></body></html>`;
  return new Response(page, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
