'use server'

import { getPayload } from 'payload'
import configPromise from '@payload-config'
import { sql } from '@payloadcms/db-postgres'

export async function searchOrders(formData: FormData) {
  const payload = await getPayload({ config: configPromise })
  const term = String(formData.get('q') ?? '')
  const status = formData.get('status')

  const result = await payload.find({
    collection: 'orders',
    where: { reference: { like: term }, ...(status ? { status: { equals: String(status) } } : {}) },
    limit: 20,
  })
  return result.docs.map((doc) => ({ id: doc.id, reference: doc.reference }))
}

export async function searchOrdersByEmail(formData: FormData) {
  const payload = await getPayload({ config: configPromise })
  const email = String(formData.get('email') ?? '')
  const drizzle = (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: unknown[] }> } }).drizzle
  const safe = await drizzle.execute(sql`SELECT id, reference FROM orders WHERE customer_email = ${email} LIMIT 20`)
  const domain = email.split('@')[1] ?? ''
  // expect: sql-injection
  const related = await drizzle.execute(sql.raw(`SELECT id, reference FROM orders WHERE customer_email LIKE '%@${domain}' LIMIT 20`))
  return { exact: safe.rows, sameDomain: related.rows }
}
