import { createServer } from 'node:http'
import { createYoga, createSchema } from 'graphql-yoga'
import { typeDefs } from './typeDefs'
import { bookResolvers } from './resolvers/books'
import { adminResolvers } from './resolvers/admin'
import { buildContext } from './context'

const yoga = createYoga({
  schema: createSchema({
    typeDefs,
    resolvers: [bookResolvers, adminResolvers],
  }),
  context: buildContext,
  graphqlEndpoint: '/graphql',
  maskedErrors: process.env.NODE_ENV === 'production',
})

const server = createServer(yoga)
server.listen(Number(process.env.PORT ?? 4000), () => {
  console.info(`library graphql on :${process.env.PORT ?? 4000}/graphql`)
})
