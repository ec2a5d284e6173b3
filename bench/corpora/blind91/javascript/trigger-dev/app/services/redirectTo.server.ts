import { createCookieSessionStorage, type Session } from '@remix-run/node';

import { env } from '~/env.server';

const redirectToStorage = createCookieSessionStorage({
  cookie: {
    httpOnly: true,
    maxAge: 60 * 60,
    name: '__redirectTo',
    path: '/',
    sameSite: 'lax',
    secrets: [env.SESSION_SECRET],
    secure: env.NODE_ENV === 'production',
  },
});

export async function setRedirectTo(request: Request, redirectTo: string) {
  const session = await redirectToStorage.getSession(request.headers.get('Cookie'));
  session.set('redirectTo', redirectTo);
  return session;
}

export async function getRedirectTo(request: Request): Promise<string | undefined> {
  const session = await redirectToStorage.getSession(request.headers.get('Cookie'));
  return session.get('redirectTo');
}

export function commitRedirectSession(session: Session) {
  return redirectToStorage.commitSession(session);
}

// only paths on this app
export function sanitizeRedirectPath(path: string | undefined, fallback = '/') {
  if (!path || !path.startsWith('/') || path.startsWith('//')) return fallback;
  return new URL(path, 'https://placeholder.invalid').pathname;
}
