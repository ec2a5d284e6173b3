import { sql, db } from '@vercel/postgres';

export async function productsByTag(tag: string) {
  const { rows } = await sql`SELECT id, name FROM products WHERE tag = ${tag}`;
  return rows;
}

export async function productsWhere(where: string) {
  const client = await db.connect();
  try {
    // expect: sql-injection
    const { rows } = await client.query(`SELECT id, name FROM products WHERE ${where}`);
    return rows;
  } finally {
    client.release();
  }
}
