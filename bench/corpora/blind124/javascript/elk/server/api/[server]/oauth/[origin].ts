import { getApp } from '~/server/utils/shared'

export default defineEventHandler(async (event) => {
  const server = getRouterParam(event, 'server')!
  const origin = getRouterParam(event, 'origin', { decode: true })!
  const { code } = getQuery(event)

  if (!code) {
    return sendRedirect(event, `/signin/error?server=${encodeURIComponent(server)}`, 302)
  }

  const app = await getApp(server)
  if (!app) {
    throw createError({ statusCode: 400, statusMessage: 'App not registered for server' })
  }

  const result: { access_token: string } = await $fetch(`https://${app.server}/oauth/token`, {
    method: 'POST',
    body: {
      client_id: app.client_id,
      client_secret: app.client_secret,
      redirect_uri: app.redirect_uri,
      grant_type: 'authorization_code',
      code,
      scope: 'read write follow push',
    },
    retry: 3,
  })

  const query = `server=${encodeURIComponent(server)}&token=${encodeURIComponent(result.access_token)}`
  if (origin === 'local') {
    return sendRedirect(event, `/signin/callback?${query}`, 302)
  }
  // expect: open-redirect
  return sendRedirect(event, `https://${origin}/signin/callback?${query}`, 302)
})
