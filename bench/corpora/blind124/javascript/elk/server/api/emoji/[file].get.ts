import { readEmoji, readEmojiChecked } from '~/server/utils/emoji'

export default defineEventHandler(async (event) => {
  const file = getRouterParam(event, 'file', { decode: true })!
  setHeader(event, 'content-type', 'image/png')
  if (getQuery(event).v === '2')
    return readEmojiChecked(file)
  return readEmoji(file)
})
