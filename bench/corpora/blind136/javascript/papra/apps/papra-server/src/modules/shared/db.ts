import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';

export const db = drizzle(createClient({ url: process.env.DATABASE_URL ?? 'file:./app-data/db/db.sqlite' }));
