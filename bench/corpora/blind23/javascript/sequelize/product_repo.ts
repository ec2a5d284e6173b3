// sequelize: product search repository used by the storefront API
import { Request, Response } from 'express';
import { Sequelize, QueryTypes, Op, literal } from 'sequelize';
import { Product } from './models';

const sequelize = new Sequelize(process.env.DATABASE_URL as string, { logging: false });

export async function search(req: Request, res: Response) {
  const term = req.query.q as string;
  // expect: sql-injection
  const rows = await sequelize.query(`SELECT id, name FROM products WHERE name LIKE '%${term}%'`, { type: QueryTypes.SELECT });
  res.json(rows);
}

export async function searchSafe(req: Request, res: Response) {
  const rows = await sequelize.query('SELECT id, name FROM products WHERE name LIKE :term', {
    replacements: { term: `%${req.query.q}%` },
    type: QueryTypes.SELECT,
  });
  res.json(rows);
}

export async function byCategory(req: Request, res: Response) {
  const cat = req.params.category;
  const sql = 'SELECT * FROM products WHERE category = $1';
  const rows = await sequelize.query(sql, { bind: [cat], type: QueryTypes.SELECT });
  res.json(rows);
}

export async function withStock(req: Request, res: Response) {
  const minStock = req.query.min;
  const rows = await Product.findAll({
    where: {
      // expect: sql-injection
      stock: { [Op.gte]: literal(`(SELECT min_stock FROM rules WHERE code = '${minStock}')`) },
    },
  });
  res.json(rows);
}

export async function withStockSafe(req: Request, res: Response) {
  const min = Number.parseInt(String(req.query.min), 10) || 0;
  const rows = await Product.findAll({ where: { stock: { [Op.gte]: min } }, order: [['name', 'ASC']] });
  res.json(rows);
}

export async function cheapest(_req: Request, res: Response) {
  const rows = await Product.findAll({ order: literal('price ASC'), limit: 10 });
  res.json(rows);
}
