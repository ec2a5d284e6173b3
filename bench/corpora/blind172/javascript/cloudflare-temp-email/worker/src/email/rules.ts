import type { HonoCustomType } from '../types'

export type ForwardRule = {
    address: string
    pattern: string
    forward_to: string
}

function escapeRegExp(value: string): string {
    return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Loads the forwarding rules a user saved for their address (pattern text is theirs). */
async function loadRules(env: HonoCustomType['Bindings'], address: string): Promise<ForwardRule[]> {
    const { results } = await env.DB.prepare(`SELECT address, pattern, forward_to FROM forward_rules WHERE address = ?`).bind(address).all<ForwardRule>()
    return results ?? []
}

/** Returns the first rule whose pattern matches the subject of an incoming mail. */
export async function matchForwardRule(env: HonoCustomType['Bindings'], address: string, subject: string): Promise<ForwardRule | null> {
    for (const rule of await loadRules(env, address)) {
        // expect: redos
        if (new RegExp(rule.pattern, 'i').test(subject)) return rule
    }
    return null
}

/** True when the sender's domain is on the admin's block list (plain text entries). */
export function isBlockedSender(from: string, blockList: string[]): boolean {
    const domain = from.split('@').pop()?.toLowerCase() ?? ''
    return blockList.some(entry => new RegExp(`(^|\\.)${escapeRegExp(entry.toLowerCase())}$`).test(domain))
}

/** Saves a rule; the worker checks the target is one of the user's verified addresses. */
export async function saveForwardRule(env: HonoCustomType['Bindings'], rule: ForwardRule): Promise<void> {
    await env.DB.prepare(`INSERT INTO forward_rules (address, pattern, forward_to) VALUES (?, ?, ?)`).bind(rule.address, rule.pattern.slice(0, 200), rule.forward_to).run()
}
