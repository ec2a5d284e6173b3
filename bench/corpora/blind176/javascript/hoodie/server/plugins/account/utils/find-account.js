module.exports = {
  findById: findById,
  findByUsername: findByUsername,
  findByProfileEmail: findByProfileEmail,
  findByToken: findByToken
}

var Boom = require('boom')

function toAccount (doc) {
  return {
    id: doc.id,
    username: doc.name,
    createdAt: doc.createdAt,
    signedUpAt: doc.signedUpAt,
    roles: (doc.roles || []).filter(function (role) { return !/^id:/.test(role) }),
    profile: doc.profile || {}
  }
}

function findById (db, id) {
  return db.get('org.couchdb.user:' + encodeURIComponent(String(id)))
    .then(toAccount)
    .catch(function () { throw Boom.notFound('Account not found') })
}

function findByUsername (db, username) {
  return db.find({ selector: { name: String(username) }, limit: 1 })
    .then(function (result) {
      if (!result.docs.length) throw Boom.notFound('Account not found')
      return toAccount(result.docs[0])
    })
}

// Password resets are asked for by the address saved in the profile.
function findByProfileEmail (db, email) {
  // expect: nosql-injection
  return db.find({ selector: { 'profile.email': email }, limit: 1 })
    .then(function (result) {
      if (!result.docs.length) throw Boom.notFound('Account not found')
      return result.docs[0]
    })
}

function findByToken (db, type, token) {
  if (typeof token !== 'string' || !/^[a-f0-9]{32}$/.test(token)) {
    return Promise.reject(Boom.badRequest('Invalid token'))
  }
  return db.find({ selector: { tokens: { $elemMatch: { type: type, id: token } } }, limit: 1 })
    .then(function (result) {
      if (!result.docs.length) throw Boom.notFound('Token not found')
      return result.docs[0]
    })
}
