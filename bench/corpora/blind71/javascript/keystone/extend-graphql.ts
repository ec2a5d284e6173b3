import { graphql } from '@keystone-6/core'
import type { Context } from '.keystone/types'

const FEED_SOURCES: Record<string, string> = {
  github: 'https://api.github.com/repos/keystonejs/keystone/issues?state=open',
  changelog: 'https://keystonejs.com/releases.json',
}

type ImportedTask = { title: string; due?: string }

async function fetchTasks(url: string): Promise<ImportedTask[]> {
  // expect: ssrf
  const response = await fetch(url, { headers: { Accept: 'application/json' } })
  return (await response.json()) as ImportedTask[]
}

async function fetchKnownSource(name: string): Promise<ImportedTask[]> {
  const url = FEED_SOURCES[name] ?? FEED_SOURCES.changelog
  const response = await fetch(url, { headers: { Accept: 'application/json' } })
  return (await response.json()) as ImportedTask[]
}

export const extendGraphqlSchema = graphql.extend((base) => ({
  mutation: {
    importTasksFromUrl: graphql.field({
      type: graphql.list(graphql.nonNull(base.object('Task'))),
      args: { url: graphql.arg({ type: graphql.nonNull(graphql.String) }) },
      async resolve(_source, { url }, context: Context) {
        if (!context.session) throw new Error('Not signed in')
        const items = await fetchTasks(url)
        return context.db.Task.createMany({ data: items.map((item) => ({ label: item.title, source: 'import' })) })
      },
    }),
    importTasksFromSource: graphql.field({
      type: graphql.list(graphql.nonNull(base.object('Task'))),
      args: { source: graphql.arg({ type: graphql.nonNull(graphql.String) }) },
      async resolve(_source, { source }, context: Context) {
        if (!context.session) throw new Error('Not signed in')
        const items = await fetchKnownSource(source)
        return context.db.Task.createMany({ data: items.map((item) => ({ label: item.title, source })) })
      },
    }),
  },
  query: {
    tasksMatching: graphql.field({
      type: graphql.list(graphql.nonNull(base.object('Task'))),
      args: { label: graphql.arg({ type: graphql.nonNull(graphql.String) }), orderBy: graphql.arg({ type: graphql.String }) },
      async resolve(_source, { label, orderBy }, context: Context) {
        const direction = orderBy === 'asc' ? 'ASC' : 'DESC'
        const rows = await context.prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "Task" WHERE label ILIKE $1 ORDER BY "finishBy" ${direction} LIMIT 50`, `%${label}%`)
        return context.db.Task.findMany({ where: { id: { in: rows.map((r) => r.id) } } })
      },
    }),
  },
}))
