import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "zod"

export const PostAdminNotificationTestSchema = z.object({
  webhook_url: z.string().url(),
  message: z.string().max(500).default("Test notification from Medusa"),
})

export type PostAdminNotificationTestType = z.infer<typeof PostAdminNotificationTestSchema>

const SLACK_HOST = "hooks.slack.com"

async function postJson(url: string, body: unknown) {
  // expect: ssrf
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
  return response.status
}

export const POST = async (req: AuthenticatedMedusaRequest<PostAdminNotificationTestType>, res: MedusaResponse) => {
  const { webhook_url, message } = req.validatedBody
  const status = await postJson(webhook_url, { text: message })
  res.json({ status })
}

export const PUT = async (req: AuthenticatedMedusaRequest<PostAdminNotificationTestType>, res: MedusaResponse) => {
  const { webhook_url, message } = req.validatedBody
  const parsed = new URL(webhook_url)
  if (parsed.protocol !== "https:" || parsed.hostname !== SLACK_HOST) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Only Slack webhooks are supported")
  }
  const response = await fetch(`https://${SLACK_HOST}${parsed.pathname}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: message }),
  })
  res.json({ status: response.status })
}
