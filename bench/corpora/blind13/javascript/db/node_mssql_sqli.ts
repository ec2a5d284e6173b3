// library: mssql (node-mssql) queries built from strings
import sql from 'mssql';
import type { Request, Response } from 'express';

const pool = new sql.ConnectionPool(process.env.MSSQL_URL as string);
const poolReady = pool.connect();

export async function findCustomer(req: Request, res: Response) {
  await poolReady;
  // expect: sql-injection
  const result = await pool.request().query(`SELECT * FROM Customers WHERE Email = '${req.query.email}'`);
  res.json(result.recordset);
}

export async function findCustomerSafe(req: Request, res: Response) {
  await poolReady;
  const result = await pool.request()
    .input('email', sql.NVarChar(254), String(req.query.email))
    .query('SELECT * FROM Customers WHERE Email = @email');
  res.json(result.recordset);
}

export async function ordersByStatus(req: Request, res: Response) {
  await poolReady;
  const result = await pool.request().query`SELECT Id, Total FROM Orders WHERE Status = ${req.query.status}`;
  res.json(result.recordset);
}

export async function searchProducts(term: string) {
  await poolReady;
  const request = new sql.Request(pool);
  // expect: sql-injection
  return request.query("SELECT Id, Name FROM Products WHERE Name LIKE '%" + term + "%'");
}

export async function archiveOrders(days: number, region: string) {
  await poolReady;
  // expect: sql-injection
  await pool.request().batch(`DELETE FROM Orders WHERE Region = '${region}' AND CreatedAt < DATEADD(day, -${days}, GETDATE())`);
}

export async function countOrders() {
  await poolReady;
  return pool.request().query('SELECT COUNT(*) AS n FROM Orders');
}
