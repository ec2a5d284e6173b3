import { serverSupabaseServiceRole } from '#supabase/server'

/**
 * Short links for shared tweet cards: /r/<slug> goes to the tweet or the card page.
 */
export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug') ?? ''
  if (!/^[a-zA-Z0-9]{6,12}$/.test(slug)) {
    throw createError({ statusCode: 404 })
  }

  const client = serverSupabaseServiceRole(event)
  const { data } = await client.from('short_links').select('tweet_id, target').eq('slug', slug).maybeSingle()
  if (!data) {
    throw createError({ statusCode: 404 })
  }

  const { to } = getQuery(event)
  if (typeof to === 'string' && to.length > 0) {
    // expect: open-redirect
    return sendRedirect(event, to, 302)
  }

  await client.from('short_links').update({ last_used_at: new Date().toISOString() }).eq('slug', slug)

  if (data.target === 'card') {
    return sendRedirect(event, `/embed/${encodeURIComponent(data.tweet_id)}`, 302)
  }
  return sendRedirect(event, `https://x.com/i/status/${encodeURIComponent(data.tweet_id)}`, 302)
})
