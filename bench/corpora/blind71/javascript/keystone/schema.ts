import { list } from '@keystone-6/core'
import { allowAll } from '@keystone-6/core/access'
import { checkbox, password, relationship, select, text, timestamp } from '@keystone-6/core/fields'
import type { Lists } from '.keystone/types'

export const lists = {
  Task: list({
    access: allowAll,
    fields: {
      label: text({ validation: { isRequired: true } }),
      priority: select({
        type: 'enum',
        options: [
          { label: 'Low', value: 'low' },
          { label: 'Medium', value: 'medium' },
          { label: 'High', value: 'high' },
        ],
      }),
      isComplete: checkbox(),
      assignedTo: relationship({ ref: 'Person.tasks', many: false }),
      finishBy: timestamp(),
      source: text(),
    },
    hooks: {
      resolveInput: async ({ resolvedData, context, operation }) => {
        if (operation === 'create' && !resolvedData.source) {
          // remember which client created the task
          const agent = context.req?.headers['user-agent'] ?? 'unknown'
          return { ...resolvedData, source: String(agent).slice(0, 120) }
        }
        return resolvedData
      },
    },
  }),
  Person: list({
    access: allowAll,
    fields: {
      name: text({ validation: { isRequired: true } }),
      email: text({ isIndexed: 'unique' }),
      password: password(),
      tasks: relationship({ ref: 'Task.assignedTo', many: true }),
    },
  }),
} satisfies Lists
