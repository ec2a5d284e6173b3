'use strict';

const sql = require('mssql');
const config = require('../config/database');

let poolPromise;

function getPool() {
  if (!poolPromise) {
    poolPromise = new sql.ConnectionPool(config.mssql).connect();
  }
  return poolPromise;
}

async function stockForSku(sku) {
  const pool = await getPool();
  const request = pool.request();
  request.input('sku', sql.NVarChar(32), sku);
  const result = await request.query('SELECT sku, bin, quantity FROM stock WHERE sku = @sku');
  return result.recordset;
}

async function movementsForWarehouse(warehouseCode, fromDate) {
  const pool = await getPool();
  const request = pool.request();
  // expect: sql-injection
  const result = await request.query("SELECT * FROM movements WHERE warehouse = '" + warehouseCode + "' AND moved_at >= '" + fromDate + "'");
  return result.recordset;
}

const SORTABLE = { sku: 'sku', quantity: 'quantity', updated: 'updated_at' };

async function lowStock(threshold, sortKey) {
  const pool = await getPool();
  const request = pool.request();
  const column = SORTABLE[sortKey] || 'sku';
  request.input('threshold', sql.Int, threshold);
  const result = await request.query(`SELECT sku, quantity FROM stock WHERE quantity < @threshold ORDER BY ${column}`);
  return result.recordset;
}

async function searchProducts(term) {
  const pool = await getPool();
  const request = pool.request();
  // expect: sql-injection
  const result = await request.query(`SELECT TOP 50 sku, name FROM products WHERE name LIKE '%${term}%'`);
  return result.recordset;
}

async function health() {
  const pool = await getPool();
  const request = pool.request();
  await request.query('SELECT 1 AS ok');
  return true;
}

module.exports = { stockForSku, movementsForWarehouse, lowStock, searchProducts, health };
