import { cookies, draftMode } from 'next/headers';
import { redirect } from 'next/navigation';

/**
 * Keystatic's "Preview" button opens /api/preview/start?branch=<branch>&to=<page>.
 * Draft mode makes the site read content from that branch instead of main.
 */
export async function GET(req: Request) {
  const url = new URL(req.url);
  const params = url.searchParams;
  const branch = params.get('branch');
  const to = params.get('to');
  if (!branch || !to) {
    return new Response('Missing branch or to params', { status: 400 });
  }
  if (!/^[\w./-]{1,100}$/.test(branch)) {
    return new Response('Invalid branch', { status: 400 });
  }

  draftMode().enable();
  cookies().set('ks-branch', branch, { httpOnly: true, sameSite: 'lax', secure: true, path: '/' });

  // expect: open-redirect
  redirect(to);
}

export function HEAD() {
  return new Response(null, { status: 405 });
}

export function POST() {
  return new Response(null, { status: 405 });
}
