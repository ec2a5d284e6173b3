import type { Request, Response, NextFunction } from 'express'
import type { KeystoneContext } from '@keystone-6/core/types'
import type { TypeInfo } from '.keystone/types'
import { createAuth } from '@keystone-6/auth'
import { statelessSessions } from '@keystone-6/core/session'

const { withAuth } = createAuth({
  listKey: 'Person',
  identityField: 'email',
  secretField: 'password',
  sessionData: 'id name email',
  initFirstItem: { fields: ['name', 'email', 'password'] },
})

const session = statelessSessions({
  maxAge: 60 * 60 * 24 * 30,
  secret: process.env.SESSION_SECRET,
})

export { withAuth, session }

export type KeystoneRequest = Request & { context: KeystoneContext<TypeInfo> }

// Express middleware: attaches a request-scoped Keystone context to req.context.
export function withContext(commonContext: KeystoneContext<TypeInfo>) {
  return async (req: Request, res: Response, next: NextFunction) => {
    (req as KeystoneRequest).context = await commonContext.withRequest(req, res)
    next()
  }
}
