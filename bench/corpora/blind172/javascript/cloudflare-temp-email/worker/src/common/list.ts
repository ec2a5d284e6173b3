import type { Context } from 'hono'

import type { HonoCustomType } from '../types'

const MAX_LIMIT = 100

/** Runs a page query and its count query; extra values are bound in order, limit/offset last. */
export async function handleListQuery(
    c: Context<HonoCustomType>,
    query: string,
    countQuery: string,
    params: (string | number)[],
    limit: string | number | undefined,
    offset: string | number | undefined,
): Promise<Response> {
    const pageLimit = Number(limit)
    const pageOffset = Number(offset)
    if (!Number.isInteger(pageLimit) || pageLimit <= 0 || pageLimit > MAX_LIMIT) {
        return c.text('Invalid limit', 400)
    }
    if (!Number.isInteger(pageOffset) || pageOffset < 0) {
        return c.text('Invalid offset', 400)
    }
    const { results } = await c.env.DB.prepare(`${query} ORDER BY id DESC LIMIT ? OFFSET ?`).bind(...params, pageLimit, pageOffset).all()
    const count = pageOffset === 0 ? await c.env.DB.prepare(countQuery).bind(...params).first<number>('count') : 0
    return c.json({ results, count })
}

/** Parses limit/offset for endpoints that page in memory (same bounds as the SQL pages). */
export function pageParams(limit: unknown, offset: unknown): { limit: number, offset: number } | null {
    const l = Number(limit)
    const o = Number(offset)
    if (!Number.isInteger(l) || l <= 0 || l > MAX_LIMIT || !Number.isInteger(o) || o < 0) return null
    return { limit: l, offset: o }
}
