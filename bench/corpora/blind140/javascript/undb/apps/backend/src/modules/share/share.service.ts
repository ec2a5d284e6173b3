import { singleton } from "@undb/di"
import { injectQueryBuilder, type IQueryBuilder } from "@undb/persistence"

@singleton()
export class ShareService {
  constructor(@injectQueryBuilder() private readonly qb: IQueryBuilder) {}

  async getShare(id: string) {
    return this.qb
      .selectFrom("undb_share")
      .innerJoin("undb_table", "undb_table.id", "undb_share.target_id")
      .select(["undb_share.id as id", "undb_table.name as tableName"])
      .where("undb_share.id", "=", id)
      .where("undb_share.enabled", "=", true)
      .executeTakeFirst()
  }
}
