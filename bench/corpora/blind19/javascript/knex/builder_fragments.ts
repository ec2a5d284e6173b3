// knex (TS): raw fragments inside select / havingRaw / joinRaw, built in a chained query
import { Knex } from 'knex';

export async function eventCounts(db: Knex, type: string) {
  // expect: sql-injection
  const countExpr = db.raw(`count(*) filter (where type = '${type}') as n`);
  return db('events').select('user_id', countExpr).groupBy('user_id');
}

export async function bigSpenders(db: Knex, minTotal: string) {
  const q = db('orders').select('customer_id').sum('total as spent').groupBy('customer_id');
  // expect: sql-injection
  q.havingRaw(`sum(total) > ${minTotal}`);
  return q;
}

export async function withRegion(db: Knex, region: string) {
  const q = db('stores').select('stores.*');
  // expect: sql-injection
  q.joinRaw("join regions r on r.id = stores.region_id and r.code = '" + region + "'");
  return q;
}

export async function eventCountsSafe(db: Knex, type: string) {
  const countExpr = db.raw('count(*) filter (where type = ?) as n', [type]);
  return db('events').select('user_id', countExpr).groupBy('user_id');
}

export async function bigSpendersSafe(db: Knex, minTotal: number) {
  return db('orders').select('customer_id').sum('total as spent').groupBy('customer_id').havingRaw('sum(total) > ?', [minTotal]);
}

export async function withRegionSafe(db: Knex, region: string) {
  return db('stores').join('regions as r', 'r.id', 'stores.region_id').where('r.code', region).select('stores.*');
}
