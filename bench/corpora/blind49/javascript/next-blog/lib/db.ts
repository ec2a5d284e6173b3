import { Pool } from 'pg';

declare global {
  // eslint-disable-next-line no-var
  var __pgPool: Pool | undefined;
}

export const pool = globalThis.__pgPool ?? new Pool({ connectionString: process.env.DATABASE_URL, max: 5 });
if (process.env.NODE_ENV !== 'production') globalThis.__pgPool = pool;

export interface PostRow {
  id: number;
  slug: string;
  title: string;
  body_html: string;
  author: string;
}

export async function postBySlug(slug: string): Promise<PostRow | null> {
  const { rows } = await pool.query<PostRow>('SELECT * FROM posts WHERE slug = $1', [slug]);
  return rows[0] ?? null;
}

export async function searchPosts(term: string, tag?: string): Promise<PostRow[]> {
  const clauses = [`title ILIKE '%${term}%'`];
  if (tag) clauses.push(`'${tag}' = ANY(tags)`);
  // expect: sql-injection
  const { rows } = await pool.query<PostRow>(`SELECT * FROM posts WHERE ${clauses.join(' AND ')} ORDER BY published_at DESC`);
  return rows;
}

export async function searchPostsSafe(term: string, tag?: string): Promise<PostRow[]> {
  const values: string[] = [`%${term}%`];
  let sql = 'SELECT * FROM posts WHERE title ILIKE $1';
  if (tag) {
    values.push(tag);
    sql += ` AND $${values.length} = ANY(tags)`;
  }
  const { rows } = await pool.query<PostRow>(sql + ' ORDER BY published_at DESC', values);
  return rows;
}

export async function addComment(postId: number, author: string, body: string) {
  await pool.query('INSERT INTO comments (post_id, author, body) VALUES ($1, $2, $3)', [postId, author, body]);
}
