import { createCookieSessionStorage } from '@remix-run/node'
import { prisma } from './prisma.server'

const storage = createCookieSessionStorage({
  cookie: { name: 'KCD_root_session', secrets: [process.env.SESSION_SECRET ?? ''], sameSite: 'lax', httpOnly: true, path: '/' },
})

export async function getUser(request: Request) {
  const session = await storage.getSession(request.headers.get('Cookie'))
  const userId = session.get('userId')
  return userId ? prisma.user.findUnique({ where: { id: String(userId) } }) : null
}

export async function getSessionFromEmail(email: string) {
  const user = await prisma.user.upsert({ where: { email }, update: {}, create: { email } })
  const session = await storage.getSession()
  session.set('userId', user.id)
  return session
}

export const commitSession = storage.commitSession

export function safeRedirect(to: FormDataEntryValue | string | null, fallback = '/') {
  if (!to || typeof to !== 'string') return fallback
  if (!to.startsWith('/') || to.startsWith('//')) return fallback
  return to
}
