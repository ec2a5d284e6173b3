import { NextRequest, NextResponse } from 'next/server';
import ejs from 'ejs';
import path from 'path';
import { escapeHtml } from '../../../lib/markdown';

const LAYOUTS = path.join(process.cwd(), 'layouts');

// Editors preview a page layout with sample data before saving it.
export async function POST(request: NextRequest) {
  const body = await request.json();
  const { template, data } = body as { template?: string; data?: Record<string, unknown> };
  if (!template) {
    return NextResponse.json({ error: 'template required' }, { status: 400 });
  }
  // expect: template-injection
  const html = ejs.render(template, data ?? {});
  return new NextResponse(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}

export async function GET(request: NextRequest) {
  const title = request.nextUrl.searchParams.get('title') ?? 'Untitled';
  const html = await ejs.renderFile(path.join(LAYOUTS, 'preview.ejs'), { title });
  const banner = `<p class="banner">Previewing ${escapeHtml(title)}</p>`;
  return new NextResponse(banner + html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
