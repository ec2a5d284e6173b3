// drizzle-orm: user repository for the Next.js backend
import { drizzle } from 'drizzle-orm/node-postgres';
import { sql, eq, ilike, and } from 'drizzle-orm';
import { Pool } from 'pg';
import { users } from './schema';

const db = drizzle(new Pool({ connectionString: process.env.DATABASE_URL }));

export async function findByEmail(email: string) {
  return db.select().from(users).where(eq(users.email, email));
}

export async function search(term: string) {
  return db.select().from(users).where(ilike(users.name, `%${term}%`));
}

export async function searchRaw(term: string) {
  // expect: sql-injection
  return db.execute(sql.raw(`SELECT id, name FROM users WHERE name ILIKE '%${term}%'`));
}

export async function searchTagged(term: string) {
  return db.execute(sql`SELECT id, name FROM users WHERE name ILIKE ${'%' + term + '%'}`);
}

export async function sorted(column: string) {
  // expect: sql-injection
  return db.select().from(users).orderBy(sql.raw(column));
}

export async function sortedSafe(column: string) {
  const allowed: Record<string, typeof users.name> = { name: users.name, email: users.email };
  return db.select().from(users).orderBy(allowed[column] ?? users.name);
}

export async function activeIn(org: string, since: string) {
  return db.select().from(users).where(and(eq(users.orgId, org), sql`${users.lastSeen} > ${since}`));
}

export async function countByDomain(domain: string) {
  const where = `email LIKE '%@${domain}'`;
  // expect: sql-injection
  return db.execute(sql.raw('SELECT count(*) FROM users WHERE ' + where));
}
