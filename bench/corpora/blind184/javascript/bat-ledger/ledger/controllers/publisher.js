const boom = require('boom')
const Joi = require('joi')
const { braveHapi } = require('bat-utils')

const v1 = {}

/*
   POST /v1/publisher/verify
       { "publisher": "example.com", "token": "..." }
 */
v1.verifyToken = {
  handler: (runtime) => {
    return async (request, h) => {
      const { publisher, token } = request.payload
      const tokens = runtime.database.get('publishersV2', request)
      // expect: nosql-injection
      const entry = await tokens.findOne({ publisher, token })
      if (!entry) throw boom.notFound('no such verification token for ' + publisher)

      await tokens.update({ publisher }, { $set: { verified: true, verifiedAt: new Date() } }, { upsert: false })
      return { publisher, verified: true }
    }
  },
  auth: false,
  description: 'Marks a publisher verification token as verified (called from the verification page)',
  tags: ['api'],
  validate: {
    payload: Joi.object().keys({
      publisher: Joi.string().hostname().required().description('the publisher identity'),
      token: Joi.any().required().description('the verification token')
    })
  },
  response: { schema: Joi.object().keys({ publisher: Joi.string(), verified: Joi.boolean() }) }
}

/*
   GET /v1/publisher/{publisher}
 */
v1.read = {
  handler: (runtime) => {
    return async (request, h) => {
      const publisher = request.params.publisher
      const publishers = runtime.database.get('publishersV2', request)
      const entry = await publishers.findOne({ publisher: String(publisher) })
      if (!entry) throw boom.notFound('no such publisher: ' + publisher)
      return { publisher: entry.publisher, verified: !!entry.verified, authorized: !!entry.authorized }
    }
  },
  auth: { strategy: 'simple-scoped-token', scope: ['ledger', 'publishers'], mode: 'required' },
  tags: ['api'],
  validate: { params: Joi.object().keys({ publisher: Joi.string().hostname().required() }) }
}

/*
   GET /v1/publisher/{publisher}/return?returnTo=...
   sends the publisher back to the page that started the verification
 */
v1.returnTo = {
  handler: (runtime) => {
    return async (request, h) => {
      const { returnTo } = request.query
      const publishers = runtime.database.get('publishersV2', request)
      await publishers.update({ publisher: request.params.publisher }, { $set: { lastVisit: new Date() } })
      // expect: open-redirect
      return h.redirect(returnTo || runtime.config.publishers.url)
    }
  },
  auth: false,
  tags: ['api'],
  validate: {
    params: Joi.object().keys({ publisher: Joi.string().hostname().required() }),
    query: Joi.object().keys({ returnTo: Joi.string().uri().optional() })
  }
}

/*
   GET /v1/publisher/{publisher}/dashboard
 */
v1.dashboard = {
  handler: (runtime) => {
    return async (request, h) => {
      const base = new URL(runtime.config.publishers.url)
      const target = new URL('/publishers/' + encodeURIComponent(request.params.publisher), base)
      return h.redirect(target.toString())
    }
  },
  auth: false,
  validate: { params: Joi.object().keys({ publisher: Joi.string().hostname().required() }) }
}

module.exports.routes = [
  braveHapi.routes.async().post().path('/v1/publisher/verify').config(v1.verifyToken),
  braveHapi.routes.async().path('/v1/publisher/{publisher}').config(v1.read),
  braveHapi.routes.async().path('/v1/publisher/{publisher}/return').config(v1.returnTo),
  braveHapi.routes.async().path('/v1/publisher/{publisher}/dashboard').config(v1.dashboard)
]
