import { getServerProfile, supabaseAdmin } from '@/lib/server/server-chat-helpers'

const ALLOWED_TOOL_HOSTS = new Set(['api.weather.gov', 'api.github.com'])

function fillPath(path: string, args: Record<string, string>) {
  return path.replace(/\{(\w+)\}/g, (_, k) => encodeURIComponent(args[k] ?? ''))
}

export async function POST(request: Request) {
  const { selectedTools, call } = await request.json()
  const profile = await getServerProfile(request.headers.get('authorization'))
  const { data: tools } = await supabaseAdmin().from('tools').select('*').in('id', selectedTools).eq('user_id', profile.user_id)

  const tool = (tools || []).find((t: { name: string }) => t.name === call.toolName)
  if (!tool) return new Response('tool not found', { status: 404 })
  const schema = JSON.parse(tool.schema)
  const server: string = schema.servers?.[0]?.url || ''
  const target = server + fillPath(call.path, call.args || {})

  if (call.strict) {
    const host = new URL(target).hostname
    if (!ALLOWED_TOOL_HOSTS.has(host)) return new Response('host not allowed', { status: 400 })
    const safe = await fetch(target, { headers: JSON.parse(tool.custom_headers || '{}') })
    return new Response(await safe.text())
  }

  // expect: ssrf
  const result = await fetch(target, { headers: JSON.parse(tool.custom_headers || '{}') })
  return new Response(await result.text())
}
