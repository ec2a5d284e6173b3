import type { TweetOembed, TweetOptions } from '~~/interface'
import { constructHtml } from '../_lib/parser'

const TWEET_URL = /^https:\/\/(?:mobile\.)?(?:twitter|x)\.com\/[A-Za-z0-9_]{1,15}\/status\/(\d{1,20})(?:[/?#].*)?$/
const LAYOUTS = new Set(['default', 'supabase', 'minimal'])

export default defineEventHandler(async (event) => {
  const { url, layout, css, highlight } = getQuery(event)
  if (typeof url !== 'string' || !TWEET_URL.test(url)) {
    throw createError({ statusCode: 400, statusMessage: 'Expected a link to a single tweet' })
  }

  try {
    const oembed = await $fetch<TweetOembed>('https://publish.twitter.com/oembed', {
      query: { url, omit_script: 1, dnt: true },
    })

    const options: TweetOptions = {
      layout: LAYOUTS.has(String(layout)) ? String(layout) : 'default',
      css: css === 'tailwind' ? 'tailwind' : 'plain',
      highlight: typeof highlight === 'string' ? highlight : undefined,
    }
    const html = await constructHtml(oembed, options)
    return { html, oembed }
  } catch (err) {
    setResponseStatus(event, 400)
    return { err: (err as Error).message }
  }
})

export function tweetIdFromUrl(url: string): string | null {
  const match = TWEET_URL.exec(url)
  return match ? match[1] : null
}
