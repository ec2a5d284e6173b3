const { ApolloServer } = require('apollo-server-express')
const { makeExecutableSchema } = require('@graphql-tools/schema')
const fs = require('fs')
const path = require('path')
const _ = require('lodash')

/* global WIKI */

module.exports = async (app) => {
  const typeDefs = [
    fs.readFileSync(path.join(WIKI.SERVERPATH, 'graph/schemas/common.graphql'), 'utf8'),
    fs.readFileSync(path.join(WIKI.SERVERPATH, 'graph/schemas/page.graphql'), 'utf8')
  ]
  const resolvers = _.merge({}, require('./resolvers/page'))

  const server = new ApolloServer({
    schema: makeExecutableSchema({ typeDefs, resolvers }),
    context: ({ req, res }) => ({ req, res }),
    introspection: WIKI.IS_DEBUG
  })
  await server.start()
  server.applyMiddleware({ app, path: '/graphql' })
}
