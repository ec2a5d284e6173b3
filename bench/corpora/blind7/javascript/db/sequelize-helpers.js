const { QueryTypes, Op } = require('sequelize');
const { sequelize, Product } = require('./models');

async function productsInCategory(category) {
  return sequelize.query(
    // expect: sql-injection
    `SELECT id, name FROM products WHERE category = '${category}' AND deleted_at IS NULL`,
    { type: QueryTypes.SELECT },
  );
}

async function productsInCategorySafe(category) {
  return sequelize.query('SELECT id, name FROM products WHERE category = :category AND deleted_at IS NULL', {
    replacements: { category },
    type: QueryTypes.SELECT,
  });
}

async function cheapest(limit) {
  return Product.findAll({ order: [['price', 'ASC']], limit: Number(limit) || 10 });
}

async function byName(name) {
  return Product.findAll({
    // expect: sql-injection
    where: sequelize.literal(`name ILIKE '%${name}%'`),
  });
}

async function byNameSafe(name) {
  return Product.findAll({ where: { name: { [Op.iLike]: `%${name}%` } } });
}

async function countTable(table) {
  const allowed = ['products', 'categories', 'reviews'];
  if (!allowed.includes(table)) throw new Error('unknown table');
  const [rows] = await sequelize.query(`SELECT count(*) AS n FROM ${table}`);
  return rows[0].n;
}

module.exports = { productsInCategory, productsInCategorySafe, cheapest, byName, byNameSafe, countTable };
