import { json, redirect, type LoaderFunctionArgs } from '@remix-run/node';

import { commitRedirectSession, setRedirectTo } from '~/services/redirectTo.server';
import { getUserId } from '~/services/session.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const userId = await getUserId(request);
  if (userId) return redirect('/');

  const url = new URL(request.url);
  const redirectTo = url.searchParams.get('redirectTo');
  if (!redirectTo) return json({ showGithubAuth: true });

  const session = await setRedirectTo(request, redirectTo);
  return json({ redirectTo, showGithubAuth: true }, { headers: { 'Set-Cookie': await commitRedirectSession(session) } });
}
