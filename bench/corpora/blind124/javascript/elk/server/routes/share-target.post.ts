import { renderSharePage } from '~/server/utils/share-page'

export default defineEventHandler(async (event) => {
  const form = await readFormData(event)
  const title = (form.get('title') as string | null) ?? ''
  const text = (form.get('text') as string | null) ?? ''
  const url = (form.get('url') as string | null) ?? ''
  const page = renderSharePage(title, text, url)
  // expect: xss
  return send(event, page, 'text/html')
})
