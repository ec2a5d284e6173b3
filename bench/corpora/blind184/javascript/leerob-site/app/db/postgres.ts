import postgres from 'postgres';

export const sql = postgres(process.env.POSTGRES_URL!, {
  ssl: 'allow',
  max: 5,
  idle_timeout: 20,
});

export interface GuestbookEntry {
  id: string;
  email: string;
  body: string;
  created_by: string;
  created_at: Date;
}

export interface ViewCount {
  slug: string;
  count: number;
}

export async function getViewsCount(): Promise<ViewCount[]> {
  if (!process.env.POSTGRES_URL) {
    return [];
  }
  return sql<ViewCount[]>`SELECT slug, count FROM views`;
}

export async function getGuestbookEntries(limit = 100): Promise<GuestbookEntry[]> {
  if (!process.env.POSTGRES_URL) {
    return [];
  }
  return sql<GuestbookEntry[]>`
    SELECT id, email, body, created_by, created_at
    FROM guestbook
    ORDER BY created_at DESC
    LIMIT ${limit}
  `;
}

/** Admin page: entries whose body or author contains `term`. */
export async function searchGuestbookEntries(term: string): Promise<GuestbookEntry[]> {
  // expect: sql-injection
  return sql.unsafe<GuestbookEntry[]>(`SELECT id, email, body, created_by, created_at FROM guestbook WHERE body ILIKE '%${term}%' OR created_by ILIKE '%${term}%' ORDER BY created_at DESC LIMIT 50`);
}

export async function countEntriesByEmail(email: string): Promise<number> {
  const [row] = await sql<{ count: number }[]>`SELECT count(*)::int AS count FROM guestbook WHERE email = ${email}`;
  return row?.count ?? 0;
}
