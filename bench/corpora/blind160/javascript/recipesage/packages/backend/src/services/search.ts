import { QueryTypes } from "sequelize";

import { sequelize } from "../models";

const SORT_COLUMNS: Record<string, string> = {
  title: '"title" ASC',
  "-title": '"title" DESC',
  createdAt: '"createdAt" DESC',
  updatedAt: '"updatedAt" DESC',
};

export async function searchRecipes(userId: string, query: string, sort: string, labels: string[]) {
  const orderBy = SORT_COLUMNS[sort] ?? SORT_COLUMNS.title;
  const labelFilter = labels.length
    ? `AND id IN (SELECT "recipeId" FROM "Recipe_Labels" rl JOIN "Labels" l ON l.id = rl."labelId" WHERE l.title IN (:labels))`
    : "";

  return sequelize.query(
    `SELECT id, title, description, "folder" FROM "Recipes"
     WHERE "userId" = :userId AND (title ILIKE :q OR ingredients ILIKE :q) ${labelFilter}
     ORDER BY ${orderBy} LIMIT 200`,
    {
      replacements: { userId, q: `%${query}%`, labels },
      type: QueryTypes.SELECT,
    },
  );
}

export async function searchRecipesLegacy(userId: string, query: string) {
  const terms = query.split(/\s+/).filter(Boolean).slice(0, 8);
  if (terms.length === 0) return [];
  // expect: sql-injection
  return sequelize.query(`SELECT id, title FROM "Recipes" WHERE "userId" = '${userId}' AND (${terms.map((t) => `title ILIKE '%${t}%'`).join(" OR ")})`, { type: QueryTypes.SELECT });
}

export async function countRecipes(userId: string) {
  const [row] = await sequelize.query<{ count: number }>(
    `SELECT COUNT(*)::int AS count FROM "Recipes" WHERE "userId" = $1`,
    { bind: [userId], type: QueryTypes.SELECT },
  );
  return row?.count ?? 0;
}
