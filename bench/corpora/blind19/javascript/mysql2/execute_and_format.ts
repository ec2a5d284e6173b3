// mysql2 (TS): execute() with an interpolated statement, next to format / escapeId / placeholders
import mysql, { RowDataPacket } from 'mysql2/promise';

const pool = mysql.createPool({ host: process.env.DB_HOST, user: 'app', database: 'blog' });

export async function postsByAuthor(author: string) {
  // expect: sql-injection
  const [rows] = await pool.execute<RowDataPacket[]>(`SELECT id, title FROM posts WHERE author = '${author}'`);
  return rows;
}

export async function postsInCategory(category: string, limit: number) {
  const statement = 'SELECT id, title FROM posts WHERE category = "' + category + '" LIMIT ' + limit;
  // expect: sql-injection
  const [rows] = await pool.query<RowDataPacket[]>(statement);
  return rows;
}

export async function postsByAuthorSafe(author: string) {
  const [rows] = await pool.execute<RowDataPacket[]>('SELECT id, title FROM posts WHERE author = ?', [author]);
  return rows;
}

export async function postsInCategorySafe(category: string, limit: number) {
  const statement = mysql.format('SELECT id, title FROM posts WHERE category = ? LIMIT ?', [category, limit]);
  const [rows] = await pool.query<RowDataPacket[]>(statement);
  return rows;
}

export async function sortedPosts(column: string) {
  const [rows] = await pool.query<RowDataPacket[]>('SELECT id, title FROM posts ORDER BY ' + mysql.escapeId(column));
  return rows;
}
