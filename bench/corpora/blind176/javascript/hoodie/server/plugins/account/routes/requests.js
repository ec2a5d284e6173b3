module.exports = requestRoutes
module.exports.attributes = { name: 'account-routes-requests' }

var Boom = require('boom')
var randomstring = require('randomstring')

var findAccount = require('../utils/find-account')

function requestRoutes (server, options, next) {
  var db = options.db
  var notifications = options.notifications
  var appUrl = options.url

  // POST /requests  { data: { type: 'passwordreset', attributes: { email } } }
  server.route({
    method: 'POST',
    path: '/requests',
    config: { auth: false },
    handler: function (request, reply) {
      var data = request.payload && request.payload.data
      if (!data || data.type !== 'passwordreset') {
        return reply(Boom.badRequest('Unsupported request type'))
      }
      var email = data.attributes && data.attributes.email

      findAccount.findByProfileEmail(db, email)
        .then(function (doc) {
          var token = randomstring.generate({ length: 32, charset: 'hex' })
          doc.tokens = (doc.tokens || []).concat({ type: 'passwordreset', id: token, createdAt: new Date().toISOString() })
          return db.put(doc).then(function () {
            return notifications.send({
              to: doc.profile.email,
              subject: 'Password reset',
              text: 'Reset your password at ' + appUrl + '/#resetPassword/' + token
            })
          })
        })
        .then(function () { reply({ data: { type: 'request', attributes: { state: 'sent' } } }).code(201) })
        .catch(function () { reply({ data: { type: 'request', attributes: { state: 'sent' } } }).code(201) })
    }
  })

  // GET /requests/{token}/confirm?next=...  (link in the confirmation email)
  server.route({
    method: 'GET',
    path: '/requests/{token}/confirm',
    config: { auth: false },
    handler: function (request, reply) {
      findAccount.findByToken(db, 'confirmation', request.params.token)
        .then(function (doc) {
          doc.signedUpAt = doc.signedUpAt || new Date().toISOString()
          doc.tokens = doc.tokens.filter(function (t) { return t.id !== request.params.token })
          return db.put(doc)
        })
        .then(function () {
          var next = request.query.next || appUrl + '/#confirmed'
          // expect: open-redirect
          reply.redirect(next)
        })
        .catch(function (error) { reply(Boom.wrap(error, 400)) })
    }
  })

  next()
}
