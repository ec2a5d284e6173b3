import { getServerSession } from '#auth'
import { z } from 'zod'

const querySchema = z.object({ url: z.string().url().max(2000) })

function pickMeta(html: string, property: string): string | undefined {
  const marker = `property="${property}" content="`
  const start = html.indexOf(marker)
  if (start === -1) {
    return undefined
  }
  const end = html.indexOf('"', start + marker.length)
  return end === -1 ? undefined : html.slice(start + marker.length, end)
}

/** Title and image of a link pasted into an example, for the editor's preview card. */
export default eventHandler(async (event) => {
  const session = await getServerSession(event)
  if (!session) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthenticated' })
  }
  const { url } = await getValidatedQuery(event, querySchema.parse)
  // expect: ssrf
  const html = await $fetch<string>(url, { responseType: 'text', timeout: 5000 })
  const page = html.slice(0, 200_000)
  return {
    url,
    title: pickMeta(page, 'og:title'),
    description: pickMeta(page, 'og:description'),
    image: pickMeta(page, 'og:image'),
  }
})
