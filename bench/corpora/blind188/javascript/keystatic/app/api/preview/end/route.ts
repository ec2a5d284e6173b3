import { cookies, draftMode } from 'next/headers';
import { NextResponse } from 'next/server';

/** Leaves preview: clears draft mode and the branch cookie, then goes back to the page the user was on. */
export async function POST(req: Request) {
  if (req.headers.get('origin') !== new URL(req.url).origin) {
    return new Response('Invalid origin', { status: 400 });
  }
  const referrer = req.headers.get('Referer');
  if (!referrer) {
    return new Response('Missing Referer', { status: 400 });
  }
  draftMode().disable();
  cookies().delete('ks-branch');

  const back = new URL(referrer);
  const self = new URL(req.url);
  if (back.origin !== self.origin) {
    return NextResponse.redirect(new URL('/', self), 303);
  }
  return NextResponse.redirect(new URL(back.pathname + back.search, self), 303);
}

export function GET() {
  return new Response(null, { status: 405 });
}

export function PUT() {
  return new Response(null, { status: 405 });
}
