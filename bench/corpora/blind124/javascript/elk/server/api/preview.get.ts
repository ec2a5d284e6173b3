import { fetchCard, fetchCardFromAllowedHost } from '~/server/utils/cards'

export default defineEventHandler(async (event) => {
  const { url, strict } = getQuery(event)
  if (typeof url !== 'string' || !url) {
    throw createError({ statusCode: 400, statusMessage: 'url is required' })
  }
  if (strict) {
    return fetchCardFromAllowedHost(url)
  }
  return fetchCard(url)
})
