import { createClient } from '@supabase/supabase-js'

export function supabaseAdmin() {
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!)
}

export async function getServerProfile(authHeader: string | null) {
  const supabase = supabaseAdmin()
  const token = (authHeader || '').replace(/^Bearer /, '')
  const { data } = await supabase.auth.getUser(token)
  if (!data.user) throw new Error('User not found')
  const { data: profile } = await supabase.from('profiles').select('*').eq('user_id', data.user.id).single()
  return profile
}

export function checkApiKey(apiKey: string | null, keyName: string) {
  if (apiKey === null || apiKey === '') {
    throw new Error(`${keyName} API Key not found`)
  }
}
