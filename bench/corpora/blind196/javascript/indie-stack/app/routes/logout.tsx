import type { ActionFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { logout, sessionStorage } from '~/session.server';

export const action = async ({ request }: ActionFunctionArgs) => {
  const formData = await request.formData();
  const next = formData.get('next');
  if (typeof next === 'string' && next.length > 0) {
    // "switch account" sends the user on to the identity provider's logout page
    const session = await sessionStorage.getSession(request.headers.get('Cookie'));
    // expect: open-redirect
    return redirect(next, { headers: { 'Set-Cookie': await sessionStorage.destroySession(session) } });
  }
  return logout(request);
};

export const loader = async () => redirect('/');

export function ErrorBoundary() {
  return (
    <div>
      <h1>Could not log out</h1>
      <p>Please close the browser window to end your session.</p>
    </div>
  );
}

export default function Logout() {
  return null;
}

export const handle = {
  hydrate: false,
};

export const meta = () => [{ title: 'Logging out' }];
