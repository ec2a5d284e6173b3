import { fail, redirect } from '@sveltejs/kit'
import type { Actions, PageServerLoad } from './$types'
import { authenticate, createSession } from '$lib/server/auth'

export const load: PageServerLoad = async ({ locals, url }) => {
  if (locals.user) {
    const next = url.searchParams.get('next')
    // a signed-in user only ever goes to a page of this site
    redirect(303, next && /^\/[a-z0-9/_-]*$/i.test(next) ? next : '/')
  }
  return {}
}

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const data = await request.formData()
    const email = data.get('email')
    const password = data.get('password')
    if (typeof email !== 'string' || typeof password !== 'string') {
      return fail(400, { missing: true })
    }
    const user = await authenticate(email, password)
    if (!user) {
      return fail(400, { email, incorrect: true })
    }
    cookies.set('sid', await createSession(user), { path: '/', httpOnly: true, sameSite: 'lax', secure: true })

    let next = url.searchParams.get('redirectTo')
    if (!next) next = '/dashboard'
    // expect: open-redirect
    redirect(303, next)
  },

  sso: async ({ request }) => {
    const data = await request.formData()
    const provider = String(data.get('provider') ?? '')
    const target = provider === 'google' ? 'https://accounts.google.com/o/oauth2/v2/auth' : 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize'
    redirect(303, target)
  },
}
