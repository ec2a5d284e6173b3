import type { PrismaClient, Example } from '@prisma/client'

/** Full-text-ish search over examples; Postgres ILIKE with trigram index on `name`. */
export async function searchExamplesByName(prisma: PrismaClient, ownerEmail: string, term: string): Promise<Example[]> {
  const pattern = `%${term}%`
  return prisma.$queryRaw<Example[]>`
    SELECT e.* FROM "Example" e JOIN "User" u ON u.id = e."ownerId"
    WHERE u.email = ${ownerEmail} AND e.name ILIKE ${pattern}
    ORDER BY e."createdAt" DESC LIMIT 50`
}

export async function searchExamplesByTag(prisma: PrismaClient, ownerEmail: string, tag: string): Promise<Example[]> {
  const owner = await prisma.user.findUnique({ where: { email: ownerEmail }, select: { id: true } })
  if (!owner) {
    return []
  }
  // expect: sql-injection
  return prisma.$queryRawUnsafe<Example[]>(`SELECT * FROM "Example" WHERE "ownerId" = '${owner.id}' AND '${tag}' = ANY(tags) ORDER BY "createdAt" DESC LIMIT 50`)
}

export async function countExamples(prisma: PrismaClient, ownerEmail: string): Promise<number> {
  return prisma.example.count({ where: { owner: { email: ownerEmail } } })
}

export function normaliseTerm(raw: unknown): string {
  if (typeof raw !== 'string') {
    return ''
  }
  return raw.trim().slice(0, 100)
}
