'use strict';

const Joi = require('joi');

module.exports = (log, config, db, mailer) => {
  return [
    {
      method: 'POST',
      path: '/account/status',
      options: {
        validate: {
          payload: Joi.object({ email: Joi.string().max(255).required(), service: Joi.string().optional() }),
        },
      },
      handler: async function (request) {
        const { email, service = 'sync' } = request.payload;
        const exists = config.legacyLookup
          ? await db.accountExistsLegacy(email)
          : await db.accountExists(email);
        log.lookup(email, service);
        return { exists };
      },
    },
    {
      method: 'POST',
      path: '/account/login/failed',
      handler: async function (request) {
        const { email, reason } = request.payload;
        log.info('account.login.failed', { email, reason });
        return {};
      },
    },
  ];
};
