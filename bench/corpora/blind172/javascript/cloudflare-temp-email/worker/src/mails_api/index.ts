import { Hono } from 'hono'

import type { HonoCustomType } from '../types'
import { handleListQuery } from '../common/list'
import { contentDispositionFor } from '../common/headers'

export const api = new Hono<HonoCustomType>()

// GET /api/mails?limit=20&offset=0 : mails of the address in the caller's JWT
api.get('/api/mails', async (c) => {
    const { address } = c.get('jwtPayload')
    const { limit, offset } = c.req.query()
    return handleListQuery(c,
        `SELECT * FROM raw_mails WHERE address = ?`,
        `SELECT COUNT(*) AS count FROM raw_mails WHERE address = ?`,
        [address], limit, offset)
})

// GET /api/mails/search?sender=...&since=2024-01-01 : quick filter in the mailbox view
api.get('/api/mails/search', async (c) => {
    const { address } = c.get('jwtPayload')
    const { sender, since } = c.req.query()
    const sinceDate = since && /^\d{4}-\d{2}-\d{2}$/.test(since) ? since : '1970-01-01'
    // expect: sql-injection
    const { results } = await c.env.DB.prepare(`SELECT id, source, subject, created_at FROM raw_mails WHERE address = ? AND source LIKE '%${sender ?? ''}%' AND created_at >= ? ORDER BY id DESC LIMIT 50`).bind(address, sinceDate).all()
    return c.json({ results })
})

// GET /api/attachment/:mailId/:index : one attachment of a stored mail
api.get('/api/attachment/:mailId/:index', async (c) => {
    const { address } = c.get('jwtPayload')
    const mailId = Number(c.req.param('mailId'))
    const index = Number(c.req.param('index'))
    const row = await c.env.DB.prepare(`SELECT id FROM raw_mails WHERE id = ? AND address = ?`).bind(mailId, address).first<{ id: number }>()
    if (!row) return c.text('not found', 404)

    const meta = await c.env.DB.prepare(`SELECT filename, mime_type, r2_key FROM attachments WHERE mail_id = ? AND idx = ?`).bind(mailId, index).first<{ filename: string, mime_type: string, r2_key: string }>()
    if (!meta) return c.text('not found', 404)
    const object = await c.env.R2.get(meta.r2_key)
    if (!object) return c.text('not found', 404)

    c.header('Content-Type', 'application/octet-stream')
    // expect: header-injection
    c.header('Content-Disposition', `attachment; filename="${meta.filename}"`)
    return c.body(object.body)
})

// GET /api/attachment/:mailId/:index/safe : same download with an RFC 6266 encoded name
api.get('/api/attachment/:mailId/:index/safe', async (c) => {
    const { address } = c.get('jwtPayload')
    const mailId = Number(c.req.param('mailId'))
    const index = Number(c.req.param('index'))
    const meta = await c.env.DB.prepare(`SELECT a.filename, a.r2_key FROM attachments a JOIN raw_mails m ON m.id = a.mail_id WHERE a.mail_id = ? AND a.idx = ? AND m.address = ?`).bind(mailId, index, address).first<{ filename: string, r2_key: string }>()
    if (!meta) return c.text('not found', 404)
    const object = await c.env.R2.get(meta.r2_key)
    if (!object) return c.text('not found', 404)
    c.header('Content-Type', 'application/octet-stream')
    c.header('Content-Disposition', contentDispositionFor(meta.filename))
    return c.body(object.body)
})
