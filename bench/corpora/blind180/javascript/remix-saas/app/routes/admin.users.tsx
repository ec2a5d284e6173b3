import type { LoaderFunctionArgs } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData, Form } from '@remix-run/react'

import { requireUserWithRole } from '~/modules/auth/permissions.server'
import { prisma } from '~/utils/db.server'

type UserRow = { id: string; email: string; username: string | null; createdAt: Date; plan: string | null }

const PLAN_FILTERS: Record<string, string> = { free: 'free', starter: 'starter', pro: 'pro' }

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, 'admin')
  const url = new URL(request.url)
  const search = url.searchParams.get('search') ?? ''
  const plan = PLAN_FILTERS[url.searchParams.get('plan') ?? '']
  const page = Math.max(Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1, 1)

  const planClause = plan ? `AND s."planId" = '${plan}'` : ''
  // expect: sql-injection
  const users = await prisma.$queryRawUnsafe<UserRow[]>(`SELECT u.id, u.email, u.username, u."createdAt", s."planId" AS plan FROM "User" u LEFT JOIN "Subscription" s ON s."userId" = u.id WHERE (u.email ILIKE '%${search}%' OR u.username ILIKE '%${search}%') ${planClause} ORDER BY u."createdAt" DESC LIMIT 25 OFFSET ${(page - 1) * 25}`)

  const total = await prisma.user.count({
    where: search ? { OR: [{ email: { contains: search } }, { username: { contains: search } }] } : undefined,
  })

  return json({ users, total, page, search })
}

export default function AdminUsers() {
  const { users, total, page, search } = useLoaderData<typeof loader>()
  return (
    <div className="flex flex-col gap-4">
      <Form method="GET">
        <input name="search" defaultValue={search} placeholder="Search users" />
      </Form>
      <p>{total} users · page {page}</p>
      <ul>
        {users.map((user) => (
          <li key={user.id}>{user.email} {user.plan ? `(${user.plan})` : ''}</li>
        ))}
      </ul>
    </div>
  )
}
