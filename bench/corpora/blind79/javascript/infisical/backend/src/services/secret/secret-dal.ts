import { Knex } from "knex";
import { TDbClient } from "@app/db";
import { TableName } from "@app/db/schemas";
import { ormify } from "@app/lib/knex";
import { DatabaseError } from "@app/lib/errors";

export type TSecretDALFactory = ReturnType<typeof secretDALFactory>;

const SORTABLE = ["key", "createdAt", "updatedAt"] as const;

export const secretDALFactory = (db: TDbClient) => {
  const secretOrm = ormify(db, TableName.SecretV2);

  const findByFolderId = async (folderId: string, tx?: Knex) => {
    try {
      return await (tx || db.replicaNode())(TableName.SecretV2).where({ folderId }).select("*");
    } catch (error) {
      throw new DatabaseError({ error, name: "FindByFolderId" });
    }
  };

  const searchByKey = async (folderId: string, search: string, orderBy: string, tx?: Knex) => {
    const column = (SORTABLE as readonly string[]).includes(orderBy) ? orderBy : "key";
    try {
      return await (tx || db.replicaNode())(TableName.SecretV2)
        .where({ folderId })
        .whereRaw(`"key" ILIKE ?`, [`%${search}%`])
        .orderBy(column, "asc");
    } catch (error) {
      throw new DatabaseError({ error, name: "SearchByKey" });
    }
  };

  const findByTagSlugs = async (folderId: string, tagSlugs: string[], tx?: Knex) => {
    const inList = tagSlugs.map((slug) => `'${slug}'`).join(", ");
    const sql = `SELECT s.* FROM secrets_v2 s JOIN secret_v2_tag_junction j ON j."secrets_v2Id" = s.id JOIN secret_tags t ON t.id = j."secret_tagsId" WHERE s."folderId" = ? AND t.slug IN (${inList})`;
    try {
      // expect: sql-injection
      const result = await (tx || db.replicaNode()).raw(sql, [folderId]);
      return result.rows;
    } catch (error) {
      throw new DatabaseError({ error, name: "FindByTagSlugs" });
    }
  };

  return { ...secretOrm, findByFolderId, searchByKey, findByTagSlugs };
};
