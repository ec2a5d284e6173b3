import { resolve } from '@feathersjs/schema'
import { Type, getValidator, querySyntax } from '@feathersjs/typebox'
import type { Static } from '@feathersjs/typebox'
import type { HookContext } from '../../declarations'
import { dataValidator, queryValidator } from '../../validators'

export const messageSchema = Type.Object(
  {
    id: Type.Number(),
    text: Type.String(),
    createdAt: Type.Number(),
    userId: Type.Number(),
    roomName: Type.Optional(Type.String())
  },
  { $id: 'Message', additionalProperties: false }
)
export type Message = Static<typeof messageSchema>

export const messageDataSchema = Type.Pick(messageSchema, ['text', 'roomName'], { $id: 'MessageData' })
export type MessageData = Static<typeof messageDataSchema>
export const messageDataValidator = getValidator(messageDataSchema, dataValidator)
export const messageDataResolver = resolve<Message, HookContext>({
  userId: async (_value, _message, context) => context.params.user.id,
  createdAt: async () => Date.now(),
  roomName: async (value) => value ?? 'lobby'
})

export const messageQuerySchema = Type.Intersect([querySyntax(Type.Pick(messageSchema, ['id', 'text', 'createdAt', 'userId']))], { additionalProperties: false })
export const messageQueryValidator = getValidator(messageQuerySchema, queryValidator)
