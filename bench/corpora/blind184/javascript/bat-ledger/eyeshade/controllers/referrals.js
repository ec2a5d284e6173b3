const boom = require('boom')
const Joi = require('joi')
const { braveHapi } = require('bat-utils')
const referrals = require('../lib/referrals')

const v1 = {}

/*
   GET /v1/referrals/{transactionId}
 */
v1.findReferrals = {
  handler: (runtime) => {
    return async (request, h) => {
      const { transactionId } = request.params
      const rows = await referrals.byTransaction(runtime, transactionId)
      if (!rows.length) throw boom.notFound('no such transaction-identifier: ' + transactionId)
      return rows.map(({ owner_id: ownerId, publisher_id: channelId, amount }) => ({ ownerId, channelId, amount }))
    }
  },
  auth: { strategy: 'simple-scoped-token', scope: ['referrals'], mode: 'required' },
  tags: ['api', 'referrals'],
  validate: { params: Joi.object().keys({ transactionId: Joi.string().guid().required() }) }
}

/*
   GET /v1/referrals/statement?owner=...&period=...
 */
v1.statement = {
  handler: (runtime) => {
    return async (request, h) => {
      const { owner, period } = request.query
      const rows = await referrals.statement(runtime, owner, period)
      return { owner, period, rows }
    }
  },
  auth: { strategy: 'simple-scoped-token', scope: ['referrals', 'publishers'], mode: 'required' },
  tags: ['api', 'referrals'],
  validate: {
    query: Joi.object().keys({
      owner: Joi.string().max(128).required().description('owner identity, e.g. publishers#uuid:...'),
      period: Joi.string().valid('day', 'week', 'month').default('month')
    })
  }
}

module.exports.routes = [
  braveHapi.routes.async().path('/v1/referrals/statement').config(v1.statement),
  braveHapi.routes.async().path('/v1/referrals/{transactionId}').config(v1.findReferrals)
]
