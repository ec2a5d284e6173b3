import express from 'express'
import { ApolloServer } from 'apollo-server-express'
import helmet from 'helmet'
import { getDriver } from './db/neo4j'
import decode from './jwt/decode'
import schema from './schema'
import webfinger from './activitypub/routes/webfinger'

const driver = getDriver()

const createServer = () => {
  const app = express()
  app.use(helmet())
  app.use('/.well-known/', webfinger({ driver }))
  const server = new ApolloServer({
    schema,
    context: async ({ req }) => {
      const user = await decode(driver, req.headers.authorization)
      return { driver, user, req }
    },
  })
  server.applyMiddleware({ app, path: '/' })
  return { server, app }
}

export default createServer
