import { createCookieSessionStorage } from '@remix-run/node'
import bcrypt from 'bcryptjs'
import { prisma } from '~/db.server'

const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: '__session',
    httpOnly: true,
    path: '/',
    sameSite: 'lax',
    secrets: [process.env.SESSION_SECRET ?? ''],
    secure: process.env.NODE_ENV === 'production',
  },
})

export async function verifyLogin(email: string, password: string) {
  const user = await prisma.user.findUnique({ where: { email }, include: { password: true } })
  if (!user || !user.password) return null
  const ok = await bcrypt.compare(password, user.password.hash)
  return ok ? { id: user.id, email: user.email } : null
}

export async function createUserSession(userId: string) {
  const session = await sessionStorage.getSession()
  session.set('userId', userId)
  return { 'Set-Cookie': await sessionStorage.commitSession(session, { maxAge: 60 * 60 * 24 * 7 }) }
}

export async function getUserId(request: Request): Promise<string | undefined> {
  const session = await sessionStorage.getSession(request.headers.get('Cookie'))
  return session.get('userId')
}
