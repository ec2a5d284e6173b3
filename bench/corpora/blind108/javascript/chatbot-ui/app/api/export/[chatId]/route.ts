import { getServerProfile, supabaseAdmin } from '@/lib/server/server-chat-helpers'

function escapeHtml(s: string) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

export async function GET(request: Request, { params }: { params: { chatId: string } }) {
  const profile = await getServerProfile(request.headers.get('authorization'))
  const { data: chat } = await supabaseAdmin().from('chats').select('*').eq('id', params.chatId).eq('user_id', profile.user_id).single()
  const { data: messages } = await supabaseAdmin().from('messages').select('*').eq('chat_id', params.chatId).order('sequence_number')
  const raw = new URL(request.url).searchParams.get('format') === 'raw'

  const body = (messages || [])
    .map((m: { role: string; content: string }) => `<section class="${m.role}">${raw ? m.content : escapeHtml(m.content)}</section>`)
    .join('\n')
  const title = escapeHtml(chat?.name || 'Chat')
  // expect: xss
  return new Response(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`, { headers: { 'Content-Type': 'text/html' } })
}
