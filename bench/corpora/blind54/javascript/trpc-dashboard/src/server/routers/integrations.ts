import { z } from 'zod'
import axios from 'axios'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { router, protectedProcedure } from '../trpc'

const run = promisify(execFile)
const SLACK_API = 'https://slack.com/api'

export const integrationsRouter = router({
  testWebhook: protectedProcedure
    .input(z.object({ url: z.string().url(), text: z.string().default('ping') }))
    .mutation(async ({ input }) => {
      const { url, ...rest } = input
      // expect: ssrf
      const res = await axios.post(url, { text: rest.text }, { timeout: 3000 })
      return { status: res.status }
    }),

  slackChannel: protectedProcedure
    .input(z.object({ channel: z.string(), token: z.string() }))
    .query(async ({ input }) => {
      const res = await axios.get(`${SLACK_API}/conversations.info`, {
        params: { channel: input.channel },
        headers: { Authorization: `Bearer ${input.token}` },
        timeout: 3000,
      })
      return res.data
    }),

  ping: protectedProcedure.input(z.object({ host: z.string() })).mutation(async ({ input }) => {
    const host = input.host
    const { stdout } = await run('ping', ['-c', '1', '-W', '2', host])
    return stdout
  }),

  render: protectedProcedure
    .input(z.object({ template: z.string(), vars: z.record(z.string()) }))
    .mutation(({ input }) => {
      const keys = Object.keys(input.vars)
      // expect: code-injection
      const fn = new Function(...keys, `return \`${input.template}\`;`)
      return String(fn(...keys.map((k) => input.vars[k])))
    }),
})
