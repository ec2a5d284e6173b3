'use strict'

const { ApolloServer } = require('apollo-server-micro')

const typeDefs = require('../types')
const resolvers = require('../resolvers')
const isAuthenticated = require('./isAuthenticated')
const createDate = require('./createDate')

const createApolloServer = (config) => new ApolloServer({
	introspection: config.isDemoMode === true || config.isDevelopmentMode === true,
	typeDefs,
	resolvers,
	context: async (integrationContext) => ({
		isDemoMode: config.isDemoMode,
		isAuthenticated: await isAuthenticated(integrationContext.req.headers['authorization']),
		// the dashboard sends its IANA time zone so that days are cut in local time
		dateDetails: createDate(integrationContext.req.headers['time-zone']),
		req: integrationContext.req,
	}),
})

module.exports = createApolloServer
