import { usePrisma } from '@sidebase/nuxt-prisma'
import { getServerSession } from '#auth'
import { z } from 'zod'
import { normaliseTerm, searchExamplesByName, searchExamplesByTag } from '~/server/utils/exampleSearch'

const querySchema = z.object({
  q: z.string().max(100).optional(),
  tag: z.string().max(40).optional(),
})

/** Search the signed-in user's examples by name or by tag. */
export default eventHandler(async (event) => {
  const session = await getServerSession(event)
  if (!session?.user?.email) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthenticated' })
  }

  const parsed = querySchema.safeParse(getQuery(event))
  if (!parsed.success) {
    throw createError({ statusCode: 400, statusMessage: 'Invalid query' })
  }

  const prisma = usePrisma(event)
  if (parsed.data.tag) {
    return searchExamplesByTag(prisma, session.user.email, parsed.data.tag)
  }
  const term = normaliseTerm(parsed.data.q)
  if (!term) {
    return []
  }
  return searchExamplesByName(prisma, session.user.email, term)
})
