'use strict';

const { pool } = require('../db/pool');

const SORT_COLUMNS = {
  name: 'name',
  price: 'price',
  newest: 'created_at',
};

class ProductRepository {
  async findByCategory(category, limit) {
    let sql = 'SELECT id, name, price FROM products WHERE deleted_at IS NULL';
    if (category) {
      sql += ` AND category = '${category}'`;
    }
    sql += ` ORDER BY name LIMIT ${limit}`;
    // expect: sql-injection
    const [rows] = await pool.query(sql);
    return rows;
  }

  async findByBrand(brand, limit) {
    const sql = 'SELECT id, name, price FROM products WHERE brand = ? AND deleted_at IS NULL LIMIT ?';
    const [rows] = await pool.execute(sql, [brand, limit]);
    return rows;
  }

  async listSorted(sortKey) {
    const column = SORT_COLUMNS[sortKey] || 'name';
    const [rows] = await pool.query(`SELECT id, name, price FROM products ORDER BY ${column}`);
    return rows;
  }

  async listOrderedBy(column, direction) {
    const dir = direction === 'desc' ? 'DESC' : 'ASC';
    // expect: sql-injection
    const [rows] = await pool.query(`SELECT id, name, price FROM products ORDER BY ${column} ${dir}`);
    return rows;
  }

  async countForSchema(schema) {
    // expect: sql-injection
    const [rows] = await pool.query('SELECT COUNT(*) AS n FROM `' + schema + '`.products');
    return rows[0].n;
  }

  async countForTenantId(tenantId) {
    const [rows] = await pool.query(`SELECT COUNT(*) AS n FROM products WHERE tenant_id = ${tenantId}`);
    return rows[0].n;
  }

  async findByIds(ids) {
    const placeholders = ids.map(() => '?').join(', ');
    const [rows] = await pool.query(`SELECT id, name FROM products WHERE id IN (${placeholders})`, ids);
    return rows;
  }
}

module.exports = new ProductRepository();
