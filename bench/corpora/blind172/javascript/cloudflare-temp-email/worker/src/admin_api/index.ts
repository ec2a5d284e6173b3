import { Hono } from 'hono'

import type { HonoCustomType } from '../types'
import { handleListQuery } from '../common/list'
import { cleanup } from './cleanup'

export const api = new Hono<HonoCustomType>()

// GET /admin/address?limit=20&offset=0&query=abc : addresses, newest first
api.get('/admin/address', async (c) => {
    const { limit, offset, query } = c.req.query()
    if (query) {
        return handleListQuery(c,
            `SELECT a.*, (SELECT COUNT(*) FROM raw_mails WHERE address = a.name) AS mail_count FROM address a WHERE name LIKE ?`,
            `SELECT COUNT(*) AS count FROM address WHERE name LIKE ?`,
            [`%${query}%`], limit, offset)
    }
    return handleListQuery(c,
        `SELECT a.*, (SELECT COUNT(*) FROM raw_mails WHERE address = a.name) AS mail_count FROM address a`,
        `SELECT COUNT(*) AS count FROM address`,
        [], limit, offset)
})

// GET /admin/mails?address=...&keyword=... : mails of one address, optional subject keyword
api.get('/admin/mails', async (c) => {
    const { address, keyword, limit, offset } = c.req.query()
    if (!address) return c.text('address is required', 400)
    if (keyword) {
        return handleListQuery(c,
            `SELECT id, source, subject, created_at FROM raw_mails WHERE address = ? AND subject LIKE ?`,
            `SELECT COUNT(*) AS count FROM raw_mails WHERE address = ? AND subject LIKE ?`,
            [address, `%${keyword}%`], limit, offset)
    }
    return handleListQuery(c,
        `SELECT id, source, subject, created_at FROM raw_mails WHERE address = ?`,
        `SELECT COUNT(*) AS count FROM raw_mails WHERE address = ?`,
        [address], limit, offset)
})

// DELETE /admin/delete_address/:id
api.delete('/admin/delete_address/:id', async (c) => {
    const id = Number(c.req.param('id'))
    if (!Number.isInteger(id)) return c.text('invalid id', 400)
    const { success } = await c.env.DB.prepare(`DELETE FROM address WHERE id = ?`).bind(id).run()
    await c.env.DB.prepare(`DELETE FROM raw_mails WHERE address NOT IN (SELECT name FROM address)`).run()
    return c.json({ success })
})

// POST /admin/cleanup { cleanType, cleanDays }
api.post('/admin/cleanup', async (c) => {
    const { cleanType, cleanDays } = await c.req.json<{ cleanType: string, cleanDays: number }>()
    const ok = await cleanup(c, cleanType, cleanDays)
    return c.json({ success: ok })
})
