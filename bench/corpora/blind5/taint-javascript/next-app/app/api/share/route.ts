import { NextRequest, NextResponse } from 'next/server';
import { sql } from '@vercel/postgres';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.POSTGRES_URL });
const PREVIEW_HOSTS = new Set(['www.youtube.com', 'vimeo.com']);

export async function GET(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  const slug = searchParams.get('slug') ?? '';
  const mode = searchParams.get('mode');

  if (mode === 'legacy') {
    // expect: sql-injection
    const { rows } = await pool.query(`SELECT title, body FROM shares WHERE slug = '${slug}'`);
    return NextResponse.json(rows);
  }

  const { rows } = await sql`SELECT title, body FROM shares WHERE slug = ${slug}`;
  return NextResponse.json(rows);
}

export async function POST(request: NextRequest) {
  const form = await request.formData();
  const target = String(form.get('embed') ?? '');
  const parsed = new URL(target);
  if (parsed.protocol === 'https:' && PREVIEW_HOSTS.has(parsed.hostname)) {
    const oembed = await fetch(`https://${parsed.hostname}/oembed?url=${encodeURIComponent(target)}`);
    return NextResponse.json(await oembed.json());
  }
  // expect: ssrf
  const page = await fetch(target, { redirect: 'follow' });
  return NextResponse.json({ status: page.status });
}

export async function PUT(request: NextRequest) {
  const body = await request.json();
  const title: string = body.title ?? '';
  // expect: xss
  return new Response(`<html><head><title>${title}</title></head><body>saved</body></html>`, {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}

export async function PATCH(request: NextRequest) {
  const body = await request.json();
  return new Response(`saved ${body.title ?? ''}`, { headers: { 'content-type': 'text/plain' } });
}

export async function DELETE(request: NextRequest) {
  const back = request.nextUrl.searchParams.get('back') ?? '/';
  if (!back.startsWith('/') || back.startsWith('//')) {
    return NextResponse.redirect(new URL('/', request.url));
  }
  return NextResponse.redirect(new URL(back, request.url));
}

export async function HEAD(request: NextRequest) {
  const next = request.headers.get('x-next') ?? '/';
  // expect: open-redirect
  return NextResponse.redirect(next);
}
