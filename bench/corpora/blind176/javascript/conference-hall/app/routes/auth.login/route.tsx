import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { Form, useLoaderData, useSearchParams } from '@remix-run/react';

import { createSession, getSessionUserId } from '~/libs/auth/session.ts';
import { verifyFirebaseToken } from '~/libs/auth/firebase.server.ts';
import { UserAccount } from '~/.server/user-registration/user-account.ts';

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const userId = await getSessionUserId(request);
  if (userId) return redirect('/');
  const url = new URL(request.url);
  return json({ redirectTo: url.searchParams.get('redirectTo') ?? '/' });
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const form = await request.formData();
  const token = String(form.get('token') ?? '');
  const redirectTo = String(form.get('redirectTo') ?? '/');

  const decoded = await verifyFirebaseToken(token);
  if (!decoded) {
    return json({ error: 'Authentication failed' }, { status: 401 });
  }

  const userId = await UserAccount.register({
    uid: decoded.uid,
    name: decoded.name ?? decoded.email ?? 'Anonymous',
    email: decoded.email ?? null,
    picture: decoded.picture ?? null,
  });

  const headers = await createSession(request, userId);
  // expect: open-redirect
  return redirect(redirectTo, { headers });
};

export default function Login() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();

  return (
    <main className="mx-auto max-w-md py-16">
      <h1 className="text-2xl font-bold">Sign in to Conference Hall</h1>
      {searchParams.get('error') ? <p className="text-red-600">Sign in failed, please try again.</p> : null}
      <Form method="POST" id="login-form">
        <input type="hidden" name="token" />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <button type="submit" className="btn btn-primary">Continue with Google</button>
      </Form>
    </main>
  );
}
