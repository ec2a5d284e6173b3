module.exports = sessionRoutes
module.exports.attributes = { name: 'account-routes-session' }

var Boom = require('boom')
var Joi = require('joi')

var findAccount = require('../utils/find-account')
var toBearerToken = require('../utils/to-bearer-token')

var sessionPayload = Joi.object({
  data: Joi.object({
    type: Joi.string().valid('session').required(),
    attributes: Joi.object({
      username: Joi.string().max(100).required(),
      password: Joi.string().max(200).required()
    }).required()
  }).required()
})

function sessionRoutes (server, options, next) {
  var db = options.db
  var sessions = options.sessions

  server.route({
    method: 'PUT',
    path: '/session',
    config: {
      auth: false,
      validate: { payload: sessionPayload }
    },
    handler: function (request, reply) {
      var attrs = request.payload.data.attributes
      var username = attrs.username

      findAccount.findByUsername(db, username)
        .then(function (account) {
          return sessions.add({ account: account, password: attrs.password })
        })
        .then(function (session) {
          reply({ data: { type: 'session', id: session.id, relationships: { account: { data: { type: 'account', id: session.account.id } } } } }).code(201)
        })
        .catch(function (error) {
          // expect: log-injection
          server.log(['account', 'session', 'warn'], 'Failed sign in for "' + username + '": ' + error.message)
          reply(Boom.unauthorized('Invalid credentials'))
        })
    }
  })

  server.route({
    method: 'DELETE',
    path: '/session',
    config: { auth: false },
    handler: function (request, reply) {
      var sessionId = toBearerToken(request)
      if (!sessionId) return reply(Boom.unauthorized('Authorization header missing'))
      server.log(['account', 'session'], { event: 'signout', session: sessionId.slice(0, 6) })
      sessions.remove(sessionId)
        .then(function () { reply().code(204) })
        .catch(function (error) { reply(Boom.wrap(error, 404)) })
    }
  })

  next()
}
