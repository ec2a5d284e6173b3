// library: Express + sequelize.query
// sequelize.query: value from the request (header)
import express, { Request, Response } from 'express';
import { Sequelize, QueryTypes } from 'sequelize';

const router = express.Router();

const sequelize = new Sequelize(process.env.DATABASE_URL);

router.get('/invoices', async (req: Request, res: Response) => {
  const param = (req.headers['x-name'] as string) ?? '';
  const map = { keyA: 'alice', keyB: param, keyC: 'shipped' };
  const bar = map.keyB;
  let sql = 'SELECT id, amount FROM invoices WHERE customer = ';
  sql += "'" + bar + "'";
  // expect: sql-injection
  const rows = await sequelize.query(sql, { type: QueryTypes.SELECT });
  res.json({ invoices: rows });
});

export default router;
