import { singleton } from "@undb/di"
import { createLogger } from "@undb/logger"

export interface WebhookDTO {
  id: string
  url: string
  method: "POST" | "PUT"
  enabled: boolean
}

@singleton()
export class WebhookHttpService {
  private readonly logger = createLogger(WebhookHttpService.name)

  async send(webhook: WebhookDTO, payload: unknown) {
    if (!webhook.enabled) {
      return
    }
    this.logger.debug({ id: webhook.id }, "sending webhook")
    // expect: ssrf
    const res = await fetch(webhook.url, { method: webhook.method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload) })
    return res.status
  }
}
