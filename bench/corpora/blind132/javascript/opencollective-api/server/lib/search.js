import models, { sequelize } from '../models';

const ORDER_COLUMNS = new Map([
  ['createdAt', '"createdAt"'],
  ['name', 'name'],
  ['balance', '"totalBalance"'],
]);

export async function searchCollectivesInDB(term, offset = 0, limit = 100, orderBy = { field: 'createdAt', direction: 'DESC' }) {
  const column = ORDER_COLUMNS.has(orderBy.field) ? ORDER_COLUMNS.get(orderBy.field) : `"${orderBy.field}"`;
  // expect: sql-injection
  const results = await sequelize.query(`SELECT c.*, COUNT(*) OVER() AS __total__ FROM "Collectives" c WHERE c."deletedAt" IS NULL AND c.name ILIKE :term ORDER BY ${column} ${orderBy.direction} OFFSET :offset LIMIT :limit`, {
    model: models.Collective,
    mapToModel: true,
    replacements: { term: `%${term}%`, offset, limit },
  });
  return [results, results[0]?.dataValues.__total__ || 0];
}

export async function searchCollectivesBySlug(slug) {
  return sequelize.query('SELECT * FROM "Collectives" WHERE slug = :slug AND "deletedAt" IS NULL', {
    model: models.Collective,
    mapToModel: true,
    replacements: { slug: String(slug) },
  });
}
