import { NextRequest, NextResponse } from 'next/server';
import { redirect } from 'next/navigation';
import { increment } from 'app/db/actions';

// Short links used in talks and newsletters: /go?to=<slug or url>
const SHORT_LINKS: Record<string, string> = {
  github: 'https://github.com/leerob',
  x: 'https://x.com/leeerob',
  youtube: 'https://www.youtube.com/@leerob',
  course: 'https://nextjs.org/learn',
};

export async function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get('to');
  if (!to) {
    return NextResponse.json({ error: 'Missing destination' }, { status: 400 });
  }

  if (Object.hasOwn(SHORT_LINKS, to)) {
    await increment(`go/${to}`);
    redirect(SHORT_LINKS[to]);
  }

  if (to.startsWith('/') && !to.startsWith('//') && !to.startsWith('/\\')) {
    redirect(to);
  }

  const utm = request.nextUrl.searchParams.get('utm_source') ?? 'direct';
  await increment(`go/external/${utm.replace(/[^a-z0-9-]/gi, '').slice(0, 32)}`);
  // expect: open-redirect
  return NextResponse.redirect(to, 307);
}
