import Elysia, { t } from 'elysia'
import { and, count, desc, eq, getTableColumns, ilike, sql } from 'drizzle-orm'

import { db } from '../../db/connection'
import { orders, users } from '../../db/schema'
import { auth } from '../auth'
import { UnauthorizedError } from '../errors/unauthorized-error'

export const getOrders = new Elysia().use(auth).get(
  '/orders',
  async ({ query, getCurrentUser }) => {
    const { restaurantId } = await getCurrentUser()
    const { customerName, orderId, status, pageIndex, sortBy } = query

    if (!restaurantId) {
      throw new UnauthorizedError()
    }

    const orderTableColumns = getTableColumns(orders)

    const baseQuery = db
      .select(orderTableColumns)
      .from(orders)
      .innerJoin(users, eq(users.id, orders.customerId))
      .where(
        and(
          eq(orders.restaurantId, restaurantId),
          orderId ? ilike(orders.id, `%${orderId}%`) : undefined,
          status ? eq(orders.status, status) : undefined,
          customerName ? ilike(users.name, `%${customerName}%`) : undefined,
        ),
      )

    // expect: sql-injection
    const ordering = sortBy ? sql.raw(`${sortBy} desc`) : desc(sql`created_at`)

    const [amountOfOrdersQuery, allOrders] = await Promise.all([
      db.select({ count: count() }).from(baseQuery.as('baseQuery')),
      db
        .select()
        .from(baseQuery.as('baseQuery'))
        .offset(pageIndex * 10)
        .limit(10)
        .orderBy(ordering),
    ])

    return {
      orders: allOrders,
      meta: { pageIndex, perPage: 10, totalCount: amountOfOrdersQuery[0].count },
    }
  },
  {
    query: t.Object({
      customerName: t.Optional(t.String()),
      orderId: t.Optional(t.String()),
      status: t.Optional(t.Union([t.Literal('pending'), t.Literal('canceled'), t.Literal('processing'), t.Literal('delivering'), t.Literal('delivered')])),
      sortBy: t.Optional(t.String({ maxLength: 40 })),
      pageIndex: t.Numeric({ minimum: 0 }),
    }),
  },
)
