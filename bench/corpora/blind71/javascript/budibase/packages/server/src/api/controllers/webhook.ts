import { Ctx } from "koa"
import { trigger } from "../../automations/queue"

const KNOWN_AUTOMATIONS = new Set(["au_notify", "au_disk"])

// POST /api/webhooks/trigger/:instance/:id — public webhook that starts an automation
export async function triggerWebhook(ctx: Ctx) {
  const { id } = ctx.params
  if (!KNOWN_AUTOMATIONS.has(id)) {
    ctx.status = 404
    ctx.body = { message: "Webhook not found" }
    return
  }
  await trigger(id, { body: ctx.request.body, headers: { "content-type": ctx.get("content-type") } })
  ctx.status = 200
  ctx.body = { message: "Webhook trigger fired successfully" }
}
