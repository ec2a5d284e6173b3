import { NextRequest, NextResponse } from 'next/server';
import { isIP } from 'node:net';

const getHtml = async (url: string) => {
  // expect: ssrf
  const res = await fetch(url, { headers: { 'User-Agent': 'dub-bot/1.0' }, signal: AbortSignal.timeout(5000) });
  return res.text();
};

const getMetaTags = (html: string) => {
  const title = /<title>([^<]{0,300})<\/title>/i.exec(html)?.[1] ?? null;
  return { title };
};

export async function GET(req: NextRequest) {
  const url = req.nextUrl.searchParams.get('url');
  if (!url) return NextResponse.json({ error: 'Missing url' }, { status: 400 });
  const html = await getHtml(url.startsWith('http') ? url : `https://${url}`);
  return NextResponse.json(getMetaTags(html));
}

export async function POST(req: NextRequest) {
  const { url } = await req.json();
  const parsed = new URL(String(url));
  if (parsed.protocol !== 'https:' || isIP(parsed.hostname) || parsed.hostname === 'localhost' || !parsed.hostname.includes('.')) {
    return NextResponse.json({ error: 'Invalid url' }, { status: 422 });
  }
  const res = await fetch(`https://api.microlink.io/?url=${encodeURIComponent(parsed.toString())}`, { signal: AbortSignal.timeout(5000) });
  return NextResponse.json(await res.json());
}
