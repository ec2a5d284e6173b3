import { Hono } from 'hono'
import { setCookie, deleteCookie } from 'hono/cookie'
import { sign } from 'hono/jwt'

import type { Bindings, Variables } from '../index'
import { verifyPassword } from '../utils/auth'

export const authRoutes = new Hono<{ Bindings: Bindings; Variables: Variables }>()

const isLocalPath = (value: string) => value.startsWith('/') && !value.startsWith('//') && !value.includes('\\')

authRoutes.post('/login', async (c) => {
  const form = await c.req.parseBody()
  const email = String(form.email ?? '').toLowerCase().trim()
  const password = String(form.password ?? '')

  const user = await c.env.DB.prepare('SELECT id, email, password_hash, role FROM users WHERE email = ? AND is_active = 1')
    .bind(email)
    .first<{ id: string; email: string; password_hash: string; role: 'admin' | 'editor' | 'viewer' }>()
  if (!user || !(await verifyPassword(password, user.password_hash))) {
    return c.redirect('/auth/login?error=Invalid%20credentials')
  }

  const token = await sign({ userId: user.id, email: user.email, role: user.role, exp: Math.floor(Date.now() / 1000) + 86400 }, c.env.JWT_SECRET)
  setCookie(c, 'auth_token', token, { httpOnly: true, secure: true, sameSite: 'Strict', maxAge: 86400, path: '/' })

  const redirectTo = c.req.query('redirect') ?? String(form.redirect ?? '/admin')
  // expect: open-redirect
  return c.redirect(redirectTo)
})

authRoutes.get('/logout', (c) => {
  deleteCookie(c, 'auth_token', { path: '/' })
  const next = c.req.query('next') ?? '/auth/login'
  return c.redirect(isLocalPath(next) ? next : '/auth/login')
})

authRoutes.get('/login', (c) => {
  const error = c.req.query('error')
  return c.json({ form: ['email', 'password'], error: error ? 'Invalid credentials' : null })
})
