import { Prisma } from '@prisma/client'
import { prisma } from '~/db.server'

export type ProductRow = { id: number; slug: string; name: string; price_cents: number }

const SORTS: Record<string, string> = {
  price: 'price_cents ASC',
  newest: 'created_at DESC',
  name: 'name ASC',
}

export function buildFilter(category: string, maxPrice: string) {
  let where = `category = '${category}'`
  if (maxPrice) {
    where += ` AND price_cents <= ${maxPrice}`
  }
  return where
}

export async function listProducts(category: string, maxPrice: string) {
  const where = buildFilter(category, maxPrice)
  // expect: sql-injection
  return prisma.$queryRawUnsafe<ProductRow[]>(`SELECT id, slug, name, price_cents FROM products WHERE ${where}`)
}

export async function listProductsSafe(category: string, sort: string) {
  const order = SORTS[sort] ?? SORTS.newest
  return prisma.$queryRawUnsafe<ProductRow[]>(
    `SELECT id, slug, name, price_cents FROM products WHERE category = $1 ORDER BY ${order}`,
    category,
  )
}

export async function productBySlug(slug: string) {
  return prisma.$queryRaw<ProductRow[]>(Prisma.sql`SELECT id, slug, name, price_cents FROM products WHERE slug = ${slug}`)
}

export async function searchProducts(term: string) {
  const pattern = `%${term}%`
  return prisma.product.findMany({ where: { name: { contains: term } }, take: 20, orderBy: { name: 'asc' } }).then((rows) =>
    rows.length ? rows : prisma.$queryRaw<ProductRow[]>`SELECT id, slug, name, price_cents FROM products WHERE description ILIKE ${pattern}`,
  )
}
