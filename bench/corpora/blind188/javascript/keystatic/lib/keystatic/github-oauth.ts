import { randomBytes } from 'node:crypto';
import { NextRequest, NextResponse } from 'next/server';

const FROM_COOKIE = 'ks-from';
const STATE_COOKIE = 'ks-state';

/** Starts GitHub sign-in; `from` is the admin page to return to (e.g. `collection/posts`). */
export function handleGitHubLogin(req: NextRequest) {
  const from = req.nextUrl.searchParams.get('from') ?? '';
  const state = randomBytes(16).toString('hex');
  const url = new URL('https://github.com/login/oauth/authorize');
  url.searchParams.set('client_id', process.env.KEYSTATIC_GITHUB_CLIENT_ID ?? '');
  url.searchParams.set('redirect_uri', new URL('/api/keystatic/github/oauth/callback', req.url).toString());
  url.searchParams.set('state', state);
  const res = NextResponse.redirect(url);
  res.cookies.set(STATE_COOKIE, state, { httpOnly: true, sameSite: 'lax', secure: true, path: '/', maxAge: 600 });
  if (/^[\w/-]{0,200}$/.test(from)) {
    res.cookies.set(FROM_COOKIE, from, { httpOnly: true, sameSite: 'lax', secure: true, path: '/', maxAge: 600 });
  }
  return res;
}

export async function handleGitHubCallback(req: NextRequest) {
  const code = req.nextUrl.searchParams.get('code');
  const state = req.nextUrl.searchParams.get('state');
  if (!code || !state || state !== req.cookies.get(STATE_COOKIE)?.value) {
    return NextResponse.json({ error: 'bad state' }, { status: 401 });
  }
  const tokenRes = await fetch('https://github.com/login/oauth/access_token', {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({
      client_id: process.env.KEYSTATIC_GITHUB_CLIENT_ID,
      client_secret: process.env.KEYSTATIC_GITHUB_CLIENT_SECRET,
      code,
    }),
  });
  const token = (await tokenRes.json()) as { access_token?: string };
  if (!token.access_token) {
    return NextResponse.json({ error: 'token exchange failed' }, { status: 401 });
  }
  const from = req.cookies.get(FROM_COOKIE)?.value ?? '';
  const res = NextResponse.redirect(new URL(`/keystatic/${from.split('/').map(encodeURIComponent).join('/')}`, req.url));
  res.cookies.set('keystatic-gh-access-token', token.access_token, { httpOnly: true, sameSite: 'lax', secure: true, path: '/' });
  res.cookies.delete(STATE_COOKIE);
  res.cookies.delete(FROM_COOKIE);
  return res;
}
