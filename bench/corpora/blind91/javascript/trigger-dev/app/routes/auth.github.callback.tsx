import { redirect, type LoaderFunctionArgs } from '@remix-run/node';

import { authenticator } from '~/services/auth.server';
import { getRedirectTo, sanitizeRedirectPath } from '~/services/redirectTo.server';
import { commitSession, getSession } from '~/services/sessionStorage.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const auth = await authenticator.authenticate('github', request, { failureRedirect: '/login' });
  const session = await getSession(request.headers.get('cookie'));
  session.set(authenticator.sessionKey, auth);

  const redirectTo = await getRedirectTo(request);
  const headers = { 'Set-Cookie': await commitSession(session) };
  return redirect(sanitizeRedirectPath(redirectTo, '/'), { headers });
}
