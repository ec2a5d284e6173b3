const sql = require('mssql');

const poolPromise = new sql.ConnectionPool(process.env.MSSQL_URL).connect();

async function ordersForCustomer(customerId) {
  const pool = await poolPromise;
  const request = pool.request();
  // expect: sql-injection
  const result = await request.query(`SELECT * FROM Orders WHERE CustomerId = ${customerId}`);
  return result.recordset;
}

async function searchProducts(term, sortColumn) {
  const pool = await poolPromise;
  const req = pool.request();
  const text = "SELECT Id, Name FROM Products WHERE Name LIKE '%" + term + "%' ORDER BY " + sortColumn;
  // expect: sql-injection
  const { recordset } = await req.query(text);
  return recordset;
}

async function cancelOrder(orderId, reason) {
  const pool = await poolPromise;
  const req = pool.request();
  // expect: sql-injection
  await req.query("UPDATE Orders SET Status = 'cancelled', Note = '" + reason + "' WHERE Id = " + orderId);
}

async function orderById(id) {
  const pool = await poolPromise;
  const result = await pool.request()
    .input('id', sql.Int, id)
    .query('SELECT * FROM Orders WHERE Id = @id');
  return result.recordset[0];
}

async function openOrderCount(customerId) {
  await poolPromise;
  const result = await sql.query`SELECT COUNT(*) AS n FROM Orders WHERE CustomerId = ${customerId} AND Status = 'open'`;
  return result.recordset[0].n;
}

async function totals() {
  const pool = await poolPromise;
  const req = pool.request();
  const { recordset } = await req.query('SELECT Status, COUNT(*) AS n FROM Orders GROUP BY Status');
  return recordset;
}

module.exports = { ordersForCustomer, searchProducts, cancelOrder, orderById, openOrderCount, totals };
