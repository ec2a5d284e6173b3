import type { Context } from 'hono'

import type { HonoCustomType } from '../types'

// Each clean type maps to a fixed statement; only the day count is a value, and it is bound.
const CLEANUP_SQL: Record<string, string> = {
    mails: `DELETE FROM raw_mails WHERE created_at < datetime('now', '-' || ? || ' day')`,
    mails_unknow: `DELETE FROM raw_mails WHERE address NOT IN (SELECT name FROM address) AND created_at < datetime('now', '-' || ? || ' day')`,
    address: `DELETE FROM address WHERE updated_at < datetime('now', '-' || ? || ' day')`,
    sendbox: `DELETE FROM sendbox WHERE created_at < datetime('now', '-' || ? || ' day')`,
}

/** Deletes rows older than `cleanDays` days for one clean type. */
export async function cleanup(c: Context<HonoCustomType>, cleanType: string, cleanDays: number): Promise<boolean> {
    const statement = CLEANUP_SQL[cleanType]
    if (!statement) {
        throw new Error(`Invalid cleanType ${cleanType}`)
    }
    const days = Math.trunc(Number(cleanDays))
    if (!Number.isFinite(days) || days < 1 || days > 3650) {
        throw new Error('cleanDays must be between 1 and 3650')
    }
    const { success } = await c.env.DB.prepare(statement).bind(String(days)).run()
    console.log(JSON.stringify({ event: 'cleanup', cleanType, days, success }))
    return success
}

/** Scheduled clean-up run by the cron trigger with the configured defaults. */
export async function scheduledCleanup(c: Context<HonoCustomType>): Promise<void> {
    const days = Number(c.env.DEFAULT_CLEAN_DAYS ?? 7)
    for (const type of ['mails', 'mails_unknow']) {
        await cleanup(c, type, days)
    }
}
