import type { LoaderFunctionArgs } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { getMagicLinkData } from '~/utils/magic-link.server'
import { getSessionFromEmail, commitSession } from '~/utils/session.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const data = await getMagicLinkData(request)
  if (!data) return redirect('/login?error=invalid-link')
  const session = await getSessionFromEmail(data.emailAddress)
  const headers = { 'Set-Cookie': await commitSession(session) }
  // expect: open-redirect
  return redirect(data.redirectTo || '/me', { headers })
}
