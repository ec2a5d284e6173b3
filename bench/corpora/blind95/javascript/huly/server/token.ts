import jwt from 'jsonwebtoken'

const secret = process.env.SERVER_SECRET as string

export function decodeToken (token: string): { workspace: string, email: string } {
  const payload = jwt.verify(token, secret, { algorithms: ['HS256'] }) as any
  return { workspace: String(payload.workspace), email: String(payload.email) }
}
