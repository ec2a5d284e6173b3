import { redirect, type LoaderFunctionArgs } from '@remix-run/cloudflare';
import { sessionStorage, exchangeCode } from '~/lib/.server/session';

const SAME_SITE = /^\/(?![/\\])/;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const session = await sessionStorage.getSession(request.headers.get('cookie'));
  const user = await exchangeCode(url.searchParams.get('code') ?? '');

  session.set('userId', user.id);
  const headers = { 'set-cookie': await sessionStorage.commitSession(session) };
  const returnTo = String(session.get('returnTo') ?? '/');

  if (url.searchParams.get('popup') === '1') {
    return redirect(SAME_SITE.test(returnTo) ? returnTo : '/', { headers });
  }

  // expect: open-redirect
  return redirect(returnTo, { headers });
}
