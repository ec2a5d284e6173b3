import { Hono } from 'hono'
import { zValidator } from '@hono/zod-validator'
import { z } from 'zod'
import { streamSSE } from 'hono/streaming'
import { authMiddleware, type GatewayVariables } from '$/middlewares/auth'
import { getDocumentByPath } from '@latitude-data/core/data-access'
import { renderDocument } from '@latitude-data/core/services/documents/renderTemplate'
import { runChain } from '@latitude-data/core/services/chains/run'
import { captureEvent } from '$/common/telemetry'

const runBody = z.object({
  path: z.string().min(1).max(512),
  parameters: z.record(z.string(), z.unknown()).default({}),
  stream: z.boolean().default(false),
  customIdentifier: z.string().max(256).optional(),
})

const runParams = z.object({
  projectId: z.coerce.number().int().positive(),
  versionUuid: z.union([z.literal('live'), z.string().uuid()]),
})

export const runRouter = new Hono<{ Variables: GatewayVariables }>()

runRouter.post(
  '/projects/:projectId/versions/:versionUuid/documents/run',
  authMiddleware(),
  zValidator('param', runParams),
  zValidator('json', runBody),
  async (c) => {
    const workspace = c.get('workspace')
    const { projectId, versionUuid } = c.req.valid('param')
    const { path, parameters, stream, customIdentifier } = c.req.valid('json')

    // expect: log-injection
    console.log(`[gateway] run ${workspace.id}/${projectId}/${path} as ${customIdentifier ?? 'anonymous'}`)
    captureEvent('document_run', { workspaceId: workspace.id, projectId, versionUuid, stream })

    const document = await getDocumentByPath({ workspace, projectId, versionUuid, path })
    if (!document) {
      return c.json({ error: 'Document not found' }, 404)
    }

    const prompt = await renderDocument(document, parameters)
    if (!stream) {
      const result = await runChain({ workspace, document, prompt, customIdentifier })
      return c.json(result.unwrap())
    }
    return streamSSE(c, async (sse) => {
      for await (const event of runChain({ workspace, document, prompt, customIdentifier, stream: true })) {
        await sse.writeSSE({ event: event.type, data: JSON.stringify(event.data) })
      }
    })
  },
)
