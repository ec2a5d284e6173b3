import { eventHandler, getQuery, sendRedirect, createError, getRequestURL } from 'h3'
import { withQuery } from 'ufo'
import { useRuntimeConfig } from '#imports'
import { exchangeGoogleCode } from '../../utils/google'
import { setStudioUserSession } from '../../utils/session'

function sameOrigin(target: string | undefined, origin: string) {
  if (!target) return '/'
  try {
    const url = new URL(target, origin)
    return url.origin === origin ? url.pathname + url.search + url.hash : '/'
  }
  catch {
    return '/'
  }
}

export default eventHandler(async (event) => {
  const config = useRuntimeConfig(event).studio.auth.google
  const query = getQuery(event) as { code?: string; state?: string }
  const requestURL = getRequestURL(event)
  const redirectUri = `${requestURL.origin}/__nuxt_studio/auth/google`

  if (!query.code) {
    const state = Buffer.from(JSON.stringify({ redirect: sameOrigin(getQuery(event).redirect as string | undefined, requestURL.origin) })).toString('base64url')
    return sendRedirect(event, withQuery('https://accounts.google.com/o/oauth2/v2/auth', {
      client_id: config.clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'openid email profile',
      state,
    }))
  }

  const profile = await exchangeGoogleCode({ clientId: config.clientId, clientSecret: config.clientSecret, code: query.code, redirectUri })
  if (!config.allowedEmails?.includes(profile.email)) {
    throw createError({ statusCode: 403, message: 'This Google account is not allowed to edit content' })
  }
  await setStudioUserSession(event, { provider: 'google', name: profile.name, email: profile.email, avatar: profile.picture })

  let redirect = '/'
  try {
    redirect = JSON.parse(Buffer.from(query.state ?? '', 'base64url').toString()).redirect
  }
  catch {
    redirect = '/'
  }
  return sendRedirect(event, sameOrigin(redirect, requestURL.origin))
})
