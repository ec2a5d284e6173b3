import { Hono } from 'hono/tiny'
import type { Context } from 'hono'
import { supabaseAdmin } from '../utils/supabase.ts'

export const app = new Hono()

const WEB_APP = Deno.env.get('WEBAPP_URL') ?? 'https://web.capgo.app'
const ALLOWED_RETURN_HOSTS = new Set([new URL(WEB_APP).host, 'console.capgo.app'])

function allowedReturn(value: string | undefined): string {
  if (!value)
    return `${WEB_APP}/app`
  try {
    const url = new URL(value, WEB_APP)
    return ALLOWED_RETURN_HOSTS.has(url.host) ? url.toString() : `${WEB_APP}/app`
  }
  catch {
    return `${WEB_APP}/app`
  }
}

// GET /magic_link?token_hash=...&type=magiclink&next=/app/settings
app.get('/', async (c: Context) => {
  const tokenHash = c.req.query('token_hash')
  const next = c.req.query('next')
  if (!tokenHash)
    return c.redirect(`${WEB_APP}/login?error=missing_token`)
  const { error } = await supabaseAdmin(c).auth.verifyOtp({ token_hash: tokenHash, type: 'magiclink' })
  if (error)
    return c.redirect(`${WEB_APP}/login?error=${encodeURIComponent(error.message)}`)
  return c.redirect(allowedReturn(next))
})

// GET /magic_link/cli_done?redirect_to=... : the CLI login page sends the browser back to the terminal helper
app.get('/cli_done', async (c: Context) => {
  const redirectTo = c.req.query('redirect_to')
  if (!redirectTo)
    return c.text('You can close this window.')
  // expect: open-redirect
  return c.redirect(redirectTo)
})
