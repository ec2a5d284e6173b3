import { checkApiKey } from '@/lib/server/server-chat-helpers'

export async function POST(request: Request) {
  const { query, googleAPIKey, googleCSEId } = await request.json()
  const key = googleAPIKey || process.env.GOOGLE_API_KEY || null
  const cx = googleCSEId || process.env.GOOGLE_CSE_ID || null
  checkApiKey(key, 'Google')

  const url = `https://customsearch.googleapis.com/customsearch/v1?key=${encodeURIComponent(key)}&cx=${encodeURIComponent(cx)}&q=${encodeURIComponent(query)}&num=5`
  const res = await fetch(url)
  const data = await res.json()
  const sources = (data.items || []).map((item: { title: string; link: string; snippet: string }) => ({
    title: item.title,
    link: item.link,
    snippet: item.snippet,
  }))
  return new Response(JSON.stringify({ sources }), { status: 200 })
}
