import { NextRequest, NextResponse } from 'next/server';

import prisma from '@/lib/prisma';

const APP_URL = process.env.APP_URL ?? 'https://analytics.example.com';

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const link = await prisma.client.link.findUnique({ where: { slug } });

  if (!link) {
    const fallback = request.nextUrl.searchParams.get('fallback');
    if (fallback) {
      // expect: open-redirect
      return NextResponse.redirect(fallback, 302);
    }
    return NextResponse.redirect(new URL('/404', APP_URL));
  }

  await prisma.client.linkClick.create({ data: { linkId: link.id, referrer: request.headers.get('referer') ?? '' } });
  return NextResponse.redirect(link.url, 302);
}

export async function HEAD(request: NextRequest) {
  const next = request.nextUrl.searchParams.get('next') ?? '/';
  const target = next.startsWith('/') && !next.startsWith('//') ? new URL(next, APP_URL) : new URL('/', APP_URL);
  return NextResponse.redirect(target, 302);
}

export async function POST(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const link = await prisma.client.link.findUnique({ where: { slug } });
  if (!link) {
    return NextResponse.json({ error: 'not found' }, { status: 404 });
  }
  return NextResponse.json({ slug, clicks: await prisma.client.linkClick.count({ where: { linkId: link.id } }) });
}
