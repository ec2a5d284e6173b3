import { z } from 'zod'

const ORDER_FIELDS = ['DATE', 'PRICE', 'POPULARITY', 'RATING'] as const

const querySchema = z.object({
  search: z.string().max(80).optional(),
  category: z.string().max(60).optional(),
  after: z.string().max(120).optional(),
  orderby: z.enum(ORDER_FIELDS).default('DATE'),
  first: z.coerce.number().int().min(1).max(48).default(24),
})

export default defineCachedEventHandler(
  async (event) => {
    const query = await getValidatedQuery(event, querySchema.parse)
    const search = normaliseSearch(query.search)
    const data = await wooQuery<{ products: unknown }>(event, PRODUCTS_QUERY, {
      search,
      category: query.category,
      after: query.after,
      first: query.first,
      orderby: query.orderby,
    })
    return data.products
  },
  {
    maxAge: 60,
    getKey: (event) => JSON.stringify(getQuery(event)),
  },
)

function normaliseSearch(value?: string): string | undefined {
  const trimmed = value?.trim().replace(/\s+/g, ' ')
  return trimmed ? trimmed : undefined
}
