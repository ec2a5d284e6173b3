import { redirect, type LoaderFunctionArgs } from '@remix-run/node';

import { authenticator } from '~/services/auth.server';
import { getRedirectTo } from '~/services/redirectTo.server';
import { commitSession, getSession } from '~/services/sessionStorage.server';

// the email magic link lands here
export async function loader({ request }: LoaderFunctionArgs) {
  const auth = await authenticator.authenticate('email-link', request, { failureRedirect: '/login/magic' });
  const session = await getSession(request.headers.get('cookie'));
  session.set(authenticator.sessionKey, auth);

  let redirectTo = await getRedirectTo(request);
  if (!redirectTo) redirectTo = '/';

  // expect: open-redirect
  return redirect(redirectTo, { headers: { 'Set-Cookie': await commitSession(session) } });
}
