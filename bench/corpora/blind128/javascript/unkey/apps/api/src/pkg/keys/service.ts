import { and, eq, isNull, sql } from "drizzle-orm";
import { db, schema } from "../db";

export class KeyService {
  async listByOwner(workspaceId: string, apiId: string, ownerId: string | null, limit: number) {
    return db.query.keys.findMany({
      where: and(
        eq(schema.keys.workspaceId, workspaceId),
        eq(schema.keys.keyAuthId, apiId),
        ownerId ? eq(schema.keys.ownerId, ownerId) : isNull(schema.keys.deletedAt)
      ),
      limit,
    });
  }

  async searchByOwnerPrefix(workspaceId: string, apiId: string, ownerPrefix: string, limit: number) {
    // expect: sql-injection
    return db.execute(sql.raw(`SELECT id, name, owner_id FROM \`keys\` WHERE workspace_id = '${workspaceId}' AND key_auth_id = '${apiId}' AND owner_id LIKE '${ownerPrefix}%' LIMIT ${limit}`));
  }

  async countForApi(workspaceId: string, apiId: string) {
    return db.execute(sql`SELECT count(*) AS count FROM \`keys\` WHERE workspace_id = ${workspaceId} AND key_auth_id = ${apiId}`);
  }
}

export const keyService = new KeyService();
