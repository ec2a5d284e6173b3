import { translator } from '~/server/utils/translator'

export default defineEventHandler(async (event) => {
  const { text = '', to = 'en', from } = await readBody<{ text?: string, to?: string, from?: string }>(event)
  const result = await translator.translate(text, to, from ?? 'auto')
  return { text: result }
})
