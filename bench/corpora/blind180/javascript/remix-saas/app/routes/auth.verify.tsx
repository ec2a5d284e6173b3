import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'

import { authenticator } from '~/modules/auth/auth.server'
import { getSession, commitSession } from '~/modules/auth/auth-session.server'
import { safeRedirect } from '~/utils/misc.server'

export async function loader({ request }: LoaderFunctionArgs) {
  await authenticator.isAuthenticated(request, { successRedirect: '/dashboard' })
  const url = new URL(request.url)
  const session = await getSession(request.headers.get('Cookie'))
  const redirectTo = url.searchParams.get('redirectTo')
  if (redirectTo) {
    session.set('redirectTo', redirectTo)
  }
  return json(
    { email: session.get('auth:email') as string | undefined, error: session.get('auth:error') as string | undefined },
    { headers: { 'Set-Cookie': await commitSession(session) } },
  )
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request.headers.get('Cookie'))
  const redirectTo = session.get('redirectTo') as string | undefined
  await authenticator.authenticate('TOTP', request, { failureRedirect: '/auth/verify' })
  session.unset('redirectTo')
  const headers = { 'Set-Cookie': await commitSession(session) }
  if (redirectTo) {
    // expect: open-redirect
    return redirect(redirectTo, { headers })
  }
  return redirect('/dashboard', { headers })
}

export default function Verify() {
  const { email, error } = useLoaderData<typeof loader>()
  return (
    <Form method="POST" className="mx-auto flex max-w-sm flex-col gap-3">
      <p className="text-sm">A code was sent to {email ?? 'your email'}.</p>
      <input name="code" inputMode="numeric" autoComplete="one-time-code" required />
      {error ? <p className="text-red-500">{error}</p> : null}
      <button type="submit">Continue</button>
    </Form>
  )
}

export function logoutTarget(request: Request) {
  return safeRedirect(new URL(request.url).searchParams.get('next'), '/')
}
