import type { Request, Response } from 'express'
import type { KeystoneRequest } from '../auth'

type TaskQuery = {
  assignedTo?: string
  isComplete?: string
  groupBy?: string
}

const GROUPINGS: Record<string, string> = {
  priority: '"priority"',
  assignee: '"assignedTo"',
  week: `date_trunc('week', "finishBy")`,
}

export async function getTasks(req: Request, res: Response) {
  const { context } = req as KeystoneRequest
  if (!context.session) return res.status(401).end()

  const { assignedTo, isComplete }: TaskQuery = req.query
  const tasks = await context.query.Task.findMany({
    where: {
      ...(assignedTo ? { assignedTo: { name: { equals: String(assignedTo) } } } : {}),
      isComplete: { equals: isComplete === 'true' },
    },
    query: 'id label priority isComplete finishBy assignedTo { id name }',
  })
  res.json(tasks)
}

export async function getTaskReport(req: Request, res: Response) {
  const { context } = req as KeystoneRequest
  if (!context.session) return res.status(401).end()

  const query = req.query as TaskQuery
  const grouping = GROUPINGS[query.groupBy ?? 'priority'] ?? GROUPINGS.priority
  const byGroup = await context.prisma.$queryRawUnsafe(`SELECT ${grouping} AS bucket, count(*)::int AS n FROM "Task" GROUP BY 1 ORDER BY 1`)

  const assignee = query.assignedTo ?? ''
  const mine = await context.prisma.$queryRaw`SELECT count(*)::int AS n FROM "Task" t JOIN "Person" p ON p.id = t."assignedTo" WHERE p.name = ${assignee}`

  let overdueSql = `SELECT id, label FROM "Task" WHERE "finishBy" < now() AND "isComplete" = false`
  if (query.assignedTo) {
    overdueSql += ` AND "assignedTo" IN (SELECT id FROM "Person" WHERE name = '${query.assignedTo}')`
  }
  // expect: sql-injection
  const overdue = await context.prisma.$queryRawUnsafe(overdueSql)

  res.json({ byGroup, mine, overdue })
}
