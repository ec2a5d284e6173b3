import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';

import { destroySession } from '~/libs/auth/session.ts';

const DEFAULT_REDIRECT = '/';

/** Keeps redirects on this site: a path, never a scheme-relative or absolute URL. */
function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = DEFAULT_REDIRECT) {
  if (!to || typeof to !== 'string') return fallback;
  if (!to.startsWith('/') || to.startsWith('//') || to.startsWith('/\\')) return fallback;
  return to;
}

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const url = new URL(request.url);
  const target = safeRedirect(url.searchParams.get('redirectTo'));
  const headers = await destroySession(request);
  return redirect(target, { headers });
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const form = await request.formData();
  const headers = await destroySession(request);
  return redirect(safeRedirect(form.get('redirectTo')), { headers });
};

export function ErrorBoundary() {
  return (
    <main className="mx-auto max-w-md py-16">
      <p>Something went wrong while signing out.</p>
      <a href="/">Back to home</a>
    </main>
  );
}

export default function Logout() {
  return null;
}
