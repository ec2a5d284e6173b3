import { Hono } from 'hono'
import { z } from 'zod'

import type { Bindings, Variables } from '../index'
import { ContentService } from '../services/content'

export const apiContentRoutes = new Hono<{ Bindings: Bindings; Variables: Variables }>()

const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  status: z.enum(['draft', 'published', 'archived']).optional(),
})

apiContentRoutes.get('/collections/:collection/content', async (c) => {
  const parsed = listQuery.safeParse(c.req.query())
  if (!parsed.success) {
    return c.json({ error: 'Invalid query', issues: parsed.error.issues }, 400)
  }
  const service = new ContentService(c.env.DB)
  const collection = await service.getCollection(c.req.param('collection'))
  if (!collection) {
    return c.json({ error: 'Collection not found' }, 404)
  }

  const sort = c.req.query('sort') ?? 'created_at DESC'
  const rows = await service.listContent(collection.id, { ...parsed.data, sort })
  return c.json({ data: rows, meta: { count: rows.length, ...parsed.data } })
})

apiContentRoutes.get('/content/:id', async (c) => {
  const service = new ContentService(c.env.DB)
  const row = await service.getContent(c.req.param('id'))
  if (!row || row.status !== 'published') {
    return c.json({ error: 'Not found' }, 404)
  }
  return c.json({ data: row })
})

apiContentRoutes.get('/collections', async (c) => {
  const service = new ContentService(c.env.DB)
  const orderBy = c.req.query('orderBy') === 'name' ? 'name' : 'created_at'
  return c.json({ data: await service.listCollections(orderBy) })
})
