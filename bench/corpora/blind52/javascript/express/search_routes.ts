import express, { Request, Response, NextFunction } from 'express';
import { Pool } from 'pg';

// Search and listing endpoints of the catalogue API (TypeScript, Express 4).
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export const router = express.Router();

const SORTABLE: Record<string, string> = { name: 'name', price: 'price_cents', newest: 'created_at' };

router.get('/products', async function listProducts(req: Request, res: Response) {
  // expect: sql-injection
  const sql = "SELECT id, name, price_cents FROM products WHERE category = '" + req.query.category + "'";
  const { rows } = await pool.query(sql);
  res.json(rows);
});

router.get('/products/search', async ({ query }: Request, res: Response, next: NextFunction) => {
  try {
    // expect: sql-injection
    const { rows } = await pool.query(`SELECT id, name FROM products WHERE name ILIKE '%${query.q}%' LIMIT 20`);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.delete('/carts/:cartId', async function clearCart(req: Request, res: Response) {
  const cartId = req.params.cartId;
  // expect: sql-injection
  await pool.query('DELETE FROM cart_items WHERE cart_id = '.concat(cartId));
  res.status(204).end();
});

router.post('/reviews', async ({ body }: Request, res: Response) => {
  const text = "INSERT INTO reviews (product_id, author, body) VALUES (" +
    // expect: sql-injection
    body.productId + ", '" + body.author + "', '" + body.text + "')";
  await pool.query(text);
  res.status(201).end();
});

router.get('/products/sorted', async function sorted(req: Request, res: Response) {
  const column = SORTABLE[String(req.query.sort)] ?? 'name';
  const { rows } = await pool.query(
    `SELECT id, name FROM products WHERE category = $1 ORDER BY ${column}`,
    [req.query.category],
  );
  res.json(rows);
});

router.get('/products/:id', async function getProduct(req: Request, res: Response) {
  const { rows } = await pool.query('SELECT * FROM products WHERE id = $1', [req.params.id]);
  if (!rows.length) return res.status(404).end();
  res.json(rows[0]);
});
