import { randomUUID } from 'node:crypto'
import argon2 from 'argon2'
import { db } from './db'
import type { SessionUser } from './session'

export async function authenticate(email: string, password: string): Promise<SessionUser | null> {
  const row = await db.oneOrNone('SELECT id, email, workspace, role, pw_hash FROM users WHERE email = $1', [email])
  if (!row) return null
  return (await argon2.verify(row.pw_hash, password)) ? { id: row.id, email: row.email, workspace: row.workspace, role: row.role } : null
}

export async function createSession(user: SessionUser): Promise<string> {
  const sid = randomUUID()
  await db.none('INSERT INTO sessions (sid, user_id) VALUES ($1, $2)', [sid, user.id])
  return sid
}
