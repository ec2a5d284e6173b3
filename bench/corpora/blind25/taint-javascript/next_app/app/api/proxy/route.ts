import { NextRequest, NextResponse } from 'next/server';

const ALLOWED = new Set(['images.example-cdn.com']);

export async function GET(request: NextRequest) {
  const target = request.nextUrl.searchParams.get('url') || '';
  // expect: ssrf
  const upstream = await fetch(target, { cache: 'no-store' });
  return new NextResponse(upstream.body, { headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' } });
}

export async function POST(request: NextRequest) {
  const { url } = await request.json();
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' || !ALLOWED.has(parsed.hostname)) {
    return NextResponse.json({ error: 'host not allowed' }, { status: 400 });
  }
  const upstream = await fetch(parsed, { cache: 'no-store' });
  return new NextResponse(upstream.body);
}
