import { eventHandler, getQuery, sendRedirect, setCookie, getCookie, deleteCookie, createError, getRequestURL } from 'h3'
import { withQuery } from 'ufo'
import { useRuntimeConfig } from '#imports'
import { exchangeGithubCode, fetchGithubUser } from '../../utils/github'
import { setStudioUserSession } from '../../utils/session'

export default eventHandler(async (event) => {
  const config = useRuntimeConfig(event).studio.auth.github
  const query = getQuery(event) as { code?: string; state?: string; redirect?: string }
  const requestURL = getRequestURL(event)
  const redirectUri = `${requestURL.protocol}//${requestURL.host}/__nuxt_studio/auth/github`

  if (!query.code) {
    const state = crypto.randomUUID()
    setCookie(event, 'studio-oauth-state', state, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 600 })
    if (typeof query.redirect === 'string') {
      setCookie(event, 'studio-redirect', query.redirect, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 600 })
    }
    return sendRedirect(event, withQuery('https://github.com/login/oauth/authorize', {
      client_id: config.clientId,
      redirect_uri: redirectUri,
      scope: 'repo read:user user:email',
      state,
    }))
  }

  if (!query.state || query.state !== getCookie(event, 'studio-oauth-state')) {
    throw createError({ statusCode: 400, message: 'Invalid OAuth state' })
  }
  deleteCookie(event, 'studio-oauth-state')

  const token = await exchangeGithubCode({ clientId: config.clientId, clientSecret: config.clientSecret, code: query.code, redirectUri })
  const user = await fetchGithubUser(token)
  await setStudioUserSession(event, { provider: 'github', accessToken: token, name: user.name ?? user.login, email: user.email, avatar: user.avatar_url })

  const redirectTo = getCookie(event, 'studio-redirect') || '/'
  deleteCookie(event, 'studio-redirect')
  // expect: open-redirect
  return sendRedirect(event, redirectTo)
})
