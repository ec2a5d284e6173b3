import Router from "koa-router"
import https from "node:https"
import { z } from "zod"
import sql from "@/src/utils/db"
import Context from "@/src/utils/koa"
import { checkAccess } from "@/src/utils/authorization"
import { callProvider } from "./client"

const providers = new Router({ prefix: "/providers" })

const customProviderSchema = z.object({
  name: z.string().min(1).max(64),
  baseUrl: z.string().url(),
  apiKey: z.string().optional(),
  allowSelfSigned: z.boolean().default(false),
})

const pinnedAgent = new https.Agent({ ca: process.env.PROVIDERS_CA_BUNDLE, rejectUnauthorized: true })

providers.post("/:id/test", checkAccess("settings", "update"), async (ctx: Context) => {
  const { projectId } = ctx.state
  const [provider] = await sql`
    select * from custom_provider where id = ${ctx.params.id} and project_id = ${projectId}
  `
  if (!provider) ctx.throw(404, "Provider not found")
  const result = await callProvider(provider.base_url, provider.api_key, pinnedAgent)
  ctx.body = { ok: result.ok, status: result.status }
})

providers.post("/", checkAccess("settings", "update"), async (ctx: Context) => {
  const { projectId } = ctx.state
  const body = customProviderSchema.parse(ctx.request.body)
  const agent = body.allowSelfSigned
    // expect: tls-verify-off
    ? new https.Agent({ rejectUnauthorized: false })
    : pinnedAgent
  const result = await callProvider(body.baseUrl, body.apiKey, agent)
  if (!result.ok) {
    ctx.throw(400, "Could not reach the provider")
  }
  const [created] = await sql`
    insert into custom_provider ${sql({ projectId, name: body.name, baseUrl: body.baseUrl, apiKey: body.apiKey ?? null })}
    returning id, name
  `
  ctx.body = created
})

export default providers
