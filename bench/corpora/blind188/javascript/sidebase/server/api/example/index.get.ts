import { usePrisma } from '@sidebase/nuxt-prisma'
import { getServerSession } from '#auth'

const SORTABLE = new Set(['createdAt', 'updatedAt', 'name'])

/** Paged list of examples for the signed-in user. */
export default eventHandler(async (event) => {
  const session = await getServerSession(event)
  if (!session?.user?.email) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthenticated' })
  }

  const query = getQuery(event)
  const take = Math.min(Math.max(Number(query.take) || 20, 1), 100)
  const skip = Math.max(Number(query.skip) || 0, 0)
  const sortBy = typeof query.sortBy === 'string' && SORTABLE.has(query.sortBy) ? query.sortBy : 'createdAt'
  const order = query.order === 'asc' ? 'asc' : 'desc'

  const prisma = usePrisma(event)
  const [items, total] = await Promise.all([
    prisma.example.findMany({
      where: { owner: { email: session.user.email } },
      orderBy: { [sortBy]: order },
      take,
      skip,
    }),
    prisma.example.count({ where: { owner: { email: session.user.email } } }),
  ])

  return { items, total, take, skip }
})
