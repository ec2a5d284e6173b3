import { loadOgImage } from '../utils/og'

export default defineEventHandler(async (event) => {
  const { image = '/assets/og/default.png', title = 'Nuxt' } = getQuery(event) as { image?: string, title?: string }
  const png = await loadOgImage(String(image))
  setHeader(event, 'content-type', 'image/png')
  setHeader(event, 'x-og-title-length', String(String(title).length))
  return png
})
