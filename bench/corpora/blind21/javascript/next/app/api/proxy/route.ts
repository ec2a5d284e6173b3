// next.js app router: an image/oEmbed proxy route handler and a file route
import { NextRequest, NextResponse } from 'next/server';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const OEMBED_PROVIDERS: Record<string, string> = {
  youtube: 'https://www.youtube.com/oembed',
  vimeo: 'https://vimeo.com/api/oembed.json',
};

export async function GET(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  const target = searchParams.get('url');
  if (!target) return NextResponse.json({ error: 'url required' }, { status: 400 });
  // expect: ssrf
  const upstream = await fetch(target, { cache: 'no-store' });
  return new NextResponse(upstream.body, { headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' } });
}

export async function POST(request: NextRequest) {
  const { provider, url } = (await request.json()) as { provider: string; url: string };
  const endpoint = OEMBED_PROVIDERS[provider];
  if (!endpoint) return NextResponse.json({ error: 'unknown provider' }, { status: 400 });
  const r = await fetch(`${endpoint}?format=json&url=${encodeURIComponent(url)}`);
  return NextResponse.json(await r.json());
}

export async function PUT(request: NextRequest) {
  const name = request.nextUrl.searchParams.get('doc') ?? 'readme';
  // expect: path-traversal
  const body = await readFile(path.join(process.cwd(), 'content', `${name}.md`), 'utf8');
  return new NextResponse(body, { headers: { 'content-type': 'text/markdown' } });
}

export async function PATCH(request: NextRequest) {
  const name = path.basename(request.nextUrl.searchParams.get('doc') ?? 'readme');
  const body = await readFile(path.join(process.cwd(), 'content', `${name}.md`), 'utf8');
  return new NextResponse(body, { headers: { 'content-type': 'text/markdown' } });
}
