import { NextRequest, NextResponse } from 'next/server';

const IMAGE_CDN = 'https://images.blog-cdn.example.net';
const OEMBED = new Map([
  ['twitter', 'https://publish.twitter.com/oembed'],
  ['youtube', 'https://www.youtube.com/oembed'],
]);

export async function GET(request: NextRequest) {
  const src = request.nextUrl.searchParams.get('src');
  if (!src) {
    return NextResponse.json({ error: 'src required' }, { status: 400 });
  }
  // expect: ssrf
  const upstream = await fetch(src, { cache: 'no-store' });
  return new NextResponse(upstream.body, {
    status: upstream.status,
    headers: { 'Content-Type': upstream.headers.get('content-type') ?? 'application/octet-stream' },
  });
}

export async function HEAD(request: NextRequest) {
  const path = request.nextUrl.searchParams.get('path') ?? '';
  const url = new URL(IMAGE_CDN);
  url.pathname = '/' + path.replace(/^\/+/, '');
  const upstream = await fetch(url, { method: 'HEAD' });
  return new NextResponse(null, { status: upstream.status });
}

export async function POST(request: NextRequest) {
  const { provider, url } = await request.json();
  const endpoint = OEMBED.get(provider);
  if (!endpoint) {
    return NextResponse.json({ error: 'unknown provider' }, { status: 400 });
  }
  const res = await fetch(`${endpoint}?url=${encodeURIComponent(url)}`);
  return NextResponse.json(await res.json());
}
