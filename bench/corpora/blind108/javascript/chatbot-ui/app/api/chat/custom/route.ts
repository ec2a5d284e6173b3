import { getServerProfile, supabaseAdmin } from '@/lib/server/server-chat-helpers'
import { logChatError } from '@/lib/server/log'

export const runtime = 'edge'

export async function POST(request: Request) {
  const json = await request.json()
  const { chatSettings, messages, customModelId } = json as {
    chatSettings: { model: string; temperature: number }
    messages: { role: string; content: string }[]
    customModelId: string
  }

  try {
    const profile = await getServerProfile(request.headers.get('authorization'))
    const { data: customModel, error } = await supabaseAdmin()
      .from('models')
      .select('*')
      .eq('id', customModelId)
      .eq('user_id', profile.user_id)
      .single()
    if (!customModel) throw new Error(error?.message || 'model not found')

    const baseUrl = customModel.base_url.replace(/\/$/, '')
    // expect: ssrf
    const upstream = await fetch(`${baseUrl}/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${customModel.api_key}` },
      body: JSON.stringify({ model: chatSettings.model, messages, temperature: chatSettings.temperature, stream: true }),
    })
    return new Response(upstream.body, { headers: { 'Content-Type': 'text/event-stream' } })
  } catch (err) {
    logChatError(chatSettings.model, err)
    return new Response(JSON.stringify({ message: 'custom model failed' }), { status: 500 })
  }
}
