import { Hono } from 'hono'
import { zValidator } from '@hono/zod-validator'
import { z } from 'zod'
import { authMiddleware, type GatewayVariables } from '$/middlewares/auth'
import { createIntegration } from '@latitude-data/core/services/integrations/create'
import { listIntegrationTools } from '@latitude-data/core/services/integrations/mcp'
import { IntegrationType } from '@latitude-data/core/constants'
import { env } from '@latitude-data/env'

const createBody = z.discriminatedUnion('type', [
  z.object({
    type: z.literal(IntegrationType.Pipedream),
    name: z.string().min(1).max(80),
    appSlug: z.string().regex(/^[a-z0-9_]{1,64}$/),
  }),
  z.object({
    type: z.literal(IntegrationType.ExternalMCP),
    name: z.string().min(1).max(80),
    url: z.string().url(),
    headers: z.record(z.string(), z.string()).default({}),
  }),
])

export const integrationsRouter = new Hono<{ Variables: GatewayVariables }>()

integrationsRouter.post('/integrations', authMiddleware(), zValidator('json', createBody), async (c) => {
  const workspace = c.get('workspace')
  const body = c.req.valid('json')

  const tools = await listIntegrationTools(body.type, body, env.PIPEDREAM_TOKEN)
  const integration = await createIntegration({
    workspace,
    name: body.name,
    type: body.type,
    configuration: body.type === IntegrationType.Pipedream ? { appSlug: body.appSlug } : { url: body.url },
  }).then((r) => r.unwrap())

  return c.json({ id: integration.id, name: integration.name, tools: tools.map((t) => t.name) }, 201)
})

integrationsRouter.get('/integrations', authMiddleware(), async (c) => {
  const workspace = c.get('workspace')
  const { listIntegrations } = await import('@latitude-data/core/data-access')
  const rows = await listIntegrations({ workspaceId: workspace.id })
  return c.json(rows.map((r) => ({ id: r.id, name: r.name, type: r.type })))
})
