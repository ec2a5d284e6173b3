import { QueryTypes } from "sequelize";
import { sequelize } from "@server/storage/database";
import type User from "@server/models/User";

type SearchOptions = {
  sort?: string;
  direction: "ASC" | "DESC";
  collectionId?: string;
  limit: number;
};

const SORT_COLUMNS: Record<string, string> = {
  updatedAt: '"updatedAt"',
  createdAt: '"createdAt"',
  title: "title",
};

export default class SearchHelper {
  public static async searchForUser(user: User, query: string, options: SearchOptions) {
    const column = SORT_COLUMNS[options.sort ?? "updatedAt"] ?? SORT_COLUMNS.updatedAt;
    return sequelize.query(
      `SELECT id, title, ts_rank(search_vector, plainto_tsquery('english', :query)) AS rank
       FROM documents WHERE "teamId" = :teamId AND search_vector @@ plainto_tsquery('english', :query)
       ORDER BY ${column} ${options.direction} LIMIT :limit`,
      {
        type: QueryTypes.SELECT,
        replacements: { query, teamId: user.teamId, limit: options.limit },
      }
    );
  }

  public static async searchTitlesForUser(user: User, query: string, options: SearchOptions) {
    let sql = `SELECT id, title FROM documents WHERE "teamId" = :teamId`;
    if (query) {
      sql += ` AND title ILIKE '%${query}%'`;
    }
    if (options.collectionId) {
      sql += ` AND "collectionId" = :collectionId`;
    }
    sql += ` ORDER BY "updatedAt" DESC LIMIT :limit`;
    // expect: sql-injection
    return sequelize.query(sql, { type: QueryTypes.SELECT, replacements: { teamId: user.teamId, collectionId: options.collectionId, limit: options.limit } });
  }
}
