import { Elysia, t } from "elysia"
import { inject, singleton } from "@undb/di"
import { QueryBus } from "@undb/cqrs"
import { GetReadableRecordsQuery } from "../../handlers/get-readable-records.query"

@singleton()
export class RecordModule {
  constructor(@inject(QueryBus) private readonly queryBus: QueryBus) {}

  public route() {
    return new Elysia().get(
      "/api/tables/:tableId/records",
      async ({ params, query }) => {
        const { q = "", sortField = "created_at", exact } = query
        return this.queryBus.execute(new GetReadableRecordsQuery({ tableId: params.tableId, q, sortField, exact: exact === "1" }))
      },
      { query: t.Object({ q: t.Optional(t.String()), sortField: t.Optional(t.String()), exact: t.Optional(t.String()) }) },
    )
  }
}
