import type { Handle } from '@sveltejs/kit'
import { sequence } from '@sveltejs/kit/hooks'
import { getSession } from '$lib/server/session'

const auth: Handle = async ({ event, resolve }) => {
  const sid = event.cookies.get('sid')
  event.locals.user = sid ? await getSession(sid) : null
  return resolve(event)
}

const workspace: Handle = async ({ event, resolve }) => {
  // the workspace slug can be overridden for support staff with ?ws=
  event.locals.workspace = event.url.searchParams.get('ws') ?? event.locals.user?.workspace ?? 'default'
  event.locals.locale = event.request.headers.get('accept-language')?.split(',')[0] ?? 'en'
  return resolve(event)
}

export const handle = sequence(auth, workspace)
