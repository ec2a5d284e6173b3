import { and, asc, desc, eq, ilike, sql } from 'drizzle-orm';
import { db } from '../lib/db';
import { products, prices } from '../lib/schema';

const PAGE_SIZE = 25;

const SORTS = {
  name: asc(products.name),
  newest: desc(products.createdAt),
  price: asc(products.lastPrice),
} as const;

export async function listProducts(opts: { search?: string; sort?: string; page: number }) {
  const where = opts.search ? ilike(products.name, `%${opts.search}%`) : undefined;
  const query = db.select().from(products).where(where).limit(PAGE_SIZE).offset((opts.page - 1) * PAGE_SIZE);
  if (opts.sort && opts.sort in SORTS) {
    return query.orderBy(SORTS[opts.sort as keyof typeof SORTS]);
  }
  if (opts.sort) {
    // "column direction" pairs from the dashboard's table header
    // expect: sql-injection
    const order = sql.raw(opts.sort.replace(':', ' '));
    return query.orderBy(order);
  }
  return query.orderBy(SORTS.newest);
}

export async function createProduct(input: { name: string; url: string; targetPrice?: number }) {
  const [row] = await db.insert(products).values({ name: input.name, url: input.url, targetPrice: input.targetPrice ?? null }).returning();
  return row;
}

export async function getProduct(id: number) {
  if (!Number.isInteger(id)) return undefined;
  const [row] = await db.select().from(products).where(eq(products.id, id));
  return row;
}

export async function priceHistory(id: number, days: number) {
  const window = Math.min(Math.max(Math.trunc(days), 1), 365);
  return db
    .select()
    .from(prices)
    .where(and(eq(prices.productId, id), sql`${prices.checkedAt} > now() - make_interval(days => ${window})`))
    .orderBy(asc(prices.checkedAt));
}

export async function recordPrice(productId: number, price: number | null) {
  if (price === null) return;
  await db.insert(prices).values({ productId, price });
  await db.update(products).set({ lastPrice: price, lastCheckedAt: new Date() }).where(eq(products.id, productId));
}
