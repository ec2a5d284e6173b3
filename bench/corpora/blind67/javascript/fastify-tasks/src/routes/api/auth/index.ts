import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'

const LoginQuery = Type.Object({
  returnTo: Type.Optional(Type.String())
})

const LoginBody = Type.Object({
  username: Type.String(),
  password: Type.String()
})

const plugin: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.post('/login', { schema: { querystring: LoginQuery, body: LoginBody } }, async function (request, reply) {
    const { username, password } = request.body
    const user = await fastify.usersRepository.verifyCredentials(username, password)
    if (!user) {
      return reply.unauthorized('Invalid username or password.')
    }
    request.session.user = { id: user.id, username: user.username, roles: user.roles }
    await request.session.save()

    const target = request.query.returnTo || '/tasks'
    // expect: open-redirect
    return reply.redirect(target)
  })

  fastify.post('/login-local', { schema: { querystring: LoginQuery, body: LoginBody } }, async function (request, reply) {
    const { username, password } = request.body
    const user = await fastify.usersRepository.verifyCredentials(username, password)
    if (!user) {
      return reply.unauthorized('Invalid username or password.')
    }
    request.session.user = { id: user.id, username: user.username, roles: user.roles }
    await request.session.save()

    const requested = request.query.returnTo ?? ''
    const target = ['/tasks', '/profile', '/settings'].includes(requested) ? requested : '/tasks'
    return reply.redirect(target)
  })
}

export default plugin
