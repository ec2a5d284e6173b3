import { fail } from '@sveltejs/kit'
import type { Actions, PageServerLoad } from './$types'
import { countDocs, docsByLabel } from '$lib/server/db'

export const load: PageServerLoad = async ({ locals, url }) => {
  const label = url.searchParams.get('label')
  if (label) {
    // locals.workspace was set from ?ws= in hooks.server.ts
    const docs = await docsByLabel(locals.workspace, label)
    return { docs }
  }
  return { count: await countDocs(locals.workspace) }
}

export const actions: Actions = {
  theme: async ({ request, cookies }) => {
    const data = await request.formData()
    const theme = data.get('theme')
    if (theme !== 'dark' && theme !== 'light') {
      return fail(400, { theme: 'unknown' })
    }
    cookies.set('theme', theme, { path: '/', httpOnly: false, sameSite: 'lax' })
    return { saved: true }
  },
}
