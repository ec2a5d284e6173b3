import { readDoc, readDocBySlug } from '../../utils/docs'

const SLUG_RE = /^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/

export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug', { decode: true }) || 'index'
  const locale = event.context.locale as string

  if (getQuery(event).strict === '1') {
    if (!SLUG_RE.test(slug)) {
      throw createError({ statusCode: 400, statusMessage: 'bad slug' })
    }
    return readDocBySlug(slug)
  }

  return readDoc(locale, slug)
})
