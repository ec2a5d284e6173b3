// SvelteKit server hook: resolves the org from the host and the user from the Supabase session.
import type { Handle } from '@sveltejs/kit';
import { createServerClient } from '@supabase/ssr';
import { env } from '$env/dynamic/private';
import { PUBLIC_SUPABASE_URL, PUBLIC_SUPABASE_ANON_KEY } from '$env/static/public';

const ROOT_DOMAIN = env.PRIVATE_APP_HOST || 'classroomio.com';

// Anything under /api needs a user, except the public course search of an org site.
const PUBLIC_API = ['/api/courses/search'];

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.supabase = createServerClient(PUBLIC_SUPABASE_URL, PUBLIC_SUPABASE_ANON_KEY, {
    cookies: {
      getAll: () => event.cookies.getAll(),
      setAll: (cookies) => cookies.forEach(({ name, value, options }) => event.cookies.set(name, value, { ...options, path: '/' })),
    },
  });

  const host = event.request.headers.get('host') || '';
  event.locals.orgSiteName = host.endsWith(`.${ROOT_DOMAIN}`) ? host.slice(0, -(ROOT_DOMAIN.length + 1)) : '';

  const {
    data: { user },
  } = await event.locals.supabase.auth.getUser();
  event.locals.user = user;
  event.locals.searchText = event.url.searchParams.get('q') ?? '';

  const path = event.url.pathname;
  if (path.startsWith('/api/') && !event.locals.user && !PUBLIC_API.includes(path)) {
    return new Response('Unauthorized', { status: 401 });
  }

  return resolve(event);
};
