import { Client } from 'pg';

const client = new Client({ connectionString: process.env.GATSBY_DB_URL });
const ready = client.connect();

export async function subscribe(email: string, list: string) {
  await ready;
  await client.query('INSERT INTO subscribers (email, list) VALUES ($1, $2) ON CONFLICT DO NOTHING', [email, list]);
}

export async function searchSubscribers(term: string, list: string) {
  await ready;
  // expect: sql-injection
  const res = await client.query(`SELECT email FROM subscribers WHERE list = '${list}' AND email ILIKE '%${term}%'`);
  return res.rows;
}

export async function searchSubscribersBound(term: string, list: string) {
  await ready;
  const res = await client.query('SELECT email FROM subscribers WHERE list = $1 AND email ILIKE $2', [list, `%${term}%`]);
  return res.rows;
}
