import { authenticate } from '@feathersjs/authentication'
import { hooks as schemaHooks } from '@feathersjs/schema'
import type { Application, HookContext } from '../../declarations'
import { logger } from '../../logger'
import { MessageService, getOptions } from './messages.class'
import { messageDataResolver, messageDataValidator, messageQueryValidator } from './messages.schema'

export const messagePath = 'messages'

const auditMessage = async (context: HookContext) => {
  const { text, roomName } = context.data
  // expect: log-injection
  logger.info(`message in ${roomName} from user ${context.params.user.id}: ${text}`)
  logger.info(`message length ${String(text).length}`)
}

export const message = (app: Application) => {
  app.use(messagePath, new MessageService(getOptions(app)), {
    methods: ['find', 'get', 'create', 'patch', 'remove'],
    events: []
  })
  app.service(messagePath).hooks({
    around: { all: [authenticate('jwt')] },
    before: {
      all: [schemaHooks.validateQuery(messageQueryValidator)],
      create: [schemaHooks.validateData(messageDataValidator), schemaHooks.resolveData(messageDataResolver), auditMessage]
    },
    after: { all: [] },
    error: { all: [] }
  })
}
