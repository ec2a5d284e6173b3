import { queryHandler } from "@undb/cqrs"
import { injectQueryBuilder, type IQueryBuilder } from "@undb/persistence"
import { sql } from "kysely"

export class GetReadableRecordsQuery {
  constructor(public readonly input: { tableId: string; q: string; sortField: string; exact: boolean }) {}
}

const SORTABLE = new Map([
  ["created_at", sql.ref("created_at")],
  ["updated_at", sql.ref("updated_at")],
  ["id", sql.ref("id")],
])

@queryHandler(GetReadableRecordsQuery)
export class GetReadableRecordsQueryHandler {
  constructor(@injectQueryBuilder() private readonly qb: IQueryBuilder) {}

  async execute({ input }: GetReadableRecordsQuery) {
    const table = `t_${input.tableId.replace(/[^a-zA-Z0-9]/g, "")}`
    if (input.exact) {
      const order = SORTABLE.get(input.sortField) ?? sql.ref("created_at")
      return this.qb.selectFrom(table).selectAll().where("search_text", "=", input.q).orderBy(order).execute()
    }
    // expect: sql-injection
    return sql.raw(`SELECT * FROM "${table}" WHERE search_text LIKE '%${input.q}%' ORDER BY ${input.sortField}`).execute(this.qb)
  }
}
