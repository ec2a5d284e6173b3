import { Elysia, t } from "elysia"
import { inject, singleton } from "@undb/di"
import { CommandBus } from "@undb/cqrs"
import { CreateWebhookCommand } from "@undb/commands"

@singleton()
export class WebhookModule {
  constructor(@inject(CommandBus) private readonly commandBus: CommandBus) {}

  public route() {
    return new Elysia().post(
      "/api/tables/:tableId/webhooks",
      async ({ params, body }) => {
        const { url, method = "POST", event = "record.created" } = body
        return this.commandBus.execute(new CreateWebhookCommand({ tableId: params.tableId, url, method, event, enabled: true }))
      },
      { body: t.Object({ url: t.String(), method: t.Optional(t.Union([t.Literal("POST"), t.Literal("PUT")])), event: t.Optional(t.String()) }) },
    )
  }
}
