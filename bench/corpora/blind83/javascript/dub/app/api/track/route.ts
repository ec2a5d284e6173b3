import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '../../../lib/prisma';

// GET /api/track?domain=dub.sh&key=abc&fallback=https://...
export async function GET(req: NextRequest) {
  const searchParams = req.nextUrl.searchParams;
  const domain = searchParams.get('domain') ?? 'dub.sh';
  const key = searchParams.get('key') ?? '';
  const link = await prisma.link.findUnique({ where: { domain_key: { domain, key } } });
  if (!link) {
    const fallback = searchParams.get('fallback');
    // expect: open-redirect
    return NextResponse.redirect(fallback || `https://${domain}`, { status: 302 });
  }
  await prisma.link.update({ where: { id: link.id }, data: { clicks: { increment: 1 } } });
  return NextResponse.redirect(new URL(`/${encodeURIComponent(key)}`, 'https://dub.co'), { status: 302 });
}
