import { createMiddleware } from 'hono/factory'
import { HTTPException } from 'hono/http-exception'
import { unsafelyGetApiKeyByToken, findWorkspaceFromApiKey, touchApiKey } from '@latitude-data/core/data-access'
import type { Workspace, ApiKey } from '@latitude-data/core/browser'

export type GatewayVariables = {
  workspace: Workspace
  apiKey: ApiKey
  requestId: string
}

const BEARER = /^Bearer ([0-9a-f-]{36})$/i

export const authMiddleware = () =>
  createMiddleware<{ Variables: GatewayVariables }>(async (c, next) => {
    const header = c.req.header('Authorization') ?? ''
    const match = BEARER.exec(header)
    if (!match) {
      throw new HTTPException(401, { message: 'Missing or malformed API key' })
    }

    const apiKey = await unsafelyGetApiKeyByToken({ token: match[1] }).then((r) => r.unwrap())
    if (!apiKey || apiKey.deletedAt) {
      throw new HTTPException(401, { message: 'Invalid API key' })
    }
    const workspace = await findWorkspaceFromApiKey(apiKey)
    if (!workspace) {
      throw new HTTPException(401, { message: 'Workspace not found' })
    }

    c.set('apiKey', apiKey)
    c.set('workspace', workspace)
    c.set('requestId', crypto.randomUUID())
    touchApiKey(apiKey).catch(() => undefined)
    await next()
  })
