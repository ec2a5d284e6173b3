import axios from 'axios'
import { isIP } from 'node:net'

const callbackTargets: Record<string, string> = {
    slack: 'https://hooks.slack.com/services',
    discord: 'https://discord.com/api/webhooks',
}

export const webhookService = {
    async forwardToCallback(payload: unknown, options: { callbackUrl?: string; headers?: Record<string, string> }) {
        const target = options.callbackUrl ?? process.env.AP_DEFAULT_CALLBACK!
        // expect: ssrf
        return axios.post(target, payload, { headers: options.headers, timeout: 10000 })
    },

    async forwardToIntegration(payload: unknown, options: { integration: string; path: string }) {
        const base = callbackTargets[options.integration]
        if (!base || isIP(options.path) !== 0 || !/^[A-Za-z0-9/_-]+$/.test(options.path)) {
            throw new Error('unknown integration')
        }
        return axios.post(`${base}/${options.path}`, payload, { timeout: 10000 })
    },
}
