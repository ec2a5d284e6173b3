import { inject, singleton } from "@undb/di"
import type { RecordCreatedEvent } from "@undb/table"
import { injectWebhookRepository, type IWebhookRepository } from "@undb/webhook"
import { WebhookHttpService } from "./webhook.service"

@singleton()
export class WebhookEventsHandler {
  constructor(
    @injectWebhookRepository() private readonly repo: IWebhookRepository,
    @inject(WebhookHttpService) private readonly http: WebhookHttpService,
  ) {}

  async handle(event: RecordCreatedEvent) {
    const webhooks = await this.repo.find({ tableId: event.meta.tableId, event: event.name })
    await Promise.all(webhooks.map((w) => this.http.send(w.toJSON(), { event: event.name, record: event.payload })))
  }
}
