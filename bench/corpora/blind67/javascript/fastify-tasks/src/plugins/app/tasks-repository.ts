import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'

export type Task = { id: number; name: string; status: string; tenant: string }

declare module 'fastify' {
  interface FastifyInstance {
    tasksRepository: ReturnType<typeof createRepository>
  }
}

function createRepository (fastify: FastifyInstance) {
  const knex = fastify.knex

  return {
    async paginate (tenant: string, q: { page: number; limit: number; name?: string }) {
      const offset = (q.page - 1) * q.limit
      const like = `%${q.name ?? ''}%`
      // expect: sql-injection
      const rows = await knex.raw(`SELECT id, name, status FROM tasks WHERE tenant = '${tenant}' AND name LIKE ? ORDER BY created_at DESC LIMIT ? OFFSET ?`, [like, q.limit, offset])
      return rows[0] as Task[]
    },

    async paginateByTenantId (tenantId: number, q: { page: number; limit: number; name?: string }) {
      const offset = (q.page - 1) * q.limit
      return knex<Task>('tasks')
        .select('id', 'name', 'status')
        .where({ tenant_id: tenantId })
        .andWhereLike('name', `%${q.name ?? ''}%`)
        .orderBy('created_at', 'desc')
        .limit(q.limit)
        .offset(offset)
    },

    async create (tenant: string, task: { name: string }) {
      const [id] = await knex('tasks').insert({ name: task.name, status: 'todo', tenant })
      return id
    }
  }
}

export default fp(async function (fastify: FastifyInstance) {
  fastify.decorate('tasksRepository', createRepository(fastify))
}, { name: 'tasks-repository', dependencies: ['knex'] })
