import { redirect, type LoaderFunctionArgs } from '@remix-run/cloudflare';
import { sessionStorage, buildAuthorizeUrl } from '~/lib/.server/session';

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const session = await sessionStorage.getSession(request.headers.get('cookie'));

  session.set('returnTo', url.searchParams.get('returnTo') ?? '/');

  return redirect(buildAuthorizeUrl(url.origin), {
    headers: { 'set-cookie': await sessionStorage.commitSession(session) },
  });
}
