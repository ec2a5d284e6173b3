import type { ActionFunctionArgs } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { sendMagicLinkEmail } from '~/utils/send-email.server'
import { createMagicLink } from '~/utils/magic-link.server'
import { getUser, safeRedirect } from '~/utils/session.server'

export async function loader({ request }: ActionFunctionArgs) {
  const user = await getUser(request)
  const redirectTo = new URL(request.url).searchParams.get('redirectTo')
  if (user) return redirect(safeRedirect(redirectTo, '/me'))
  return json({})
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData()
  const emailAddress = formData.get('email')
  const redirectTo = formData.get('redirectTo') ?? '/me'
  if (typeof emailAddress !== 'string' || !emailAddress.includes('@')) {
    return json({ error: 'A valid email is required' }, { status: 400 })
  }
  const magicLink = await createMagicLink({
    emailAddress,
    redirectTo: String(redirectTo),
    domainUrl: new URL(request.url).origin,
  })
  await sendMagicLinkEmail({ emailAddress, magicLink })
  return json({ success: true })
}
