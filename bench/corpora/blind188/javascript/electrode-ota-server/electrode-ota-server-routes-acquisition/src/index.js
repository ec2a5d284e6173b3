'use strict';
/**
 * Routes the Code Push SDKs call from devices: update check and status reports.
 * They are unauthenticated; the deployment key identifies the deployment.
 */
const Joi = require('joi');

const register = (server, options) => {
  const acquisition = options.acquisition;

  server.route([
    {
      method: 'GET',
      path: '/updateCheck',
      options: {
        auth: false,
        validate: {
          query: Joi.object({
            deploymentKey: Joi.string().alphanum().max(64).required(),
            appVersion: Joi.string().max(32).required(),
            packageHash: Joi.string().hex().max(64).allow(''),
            label: Joi.string().max(64).allow(''),
            clientUniqueId: Joi.string().max(128),
            isCompanion: Joi.boolean(),
          }).unknown(true),
        },
      },
      handler: async (request) => ({ updateInfo: await acquisition.updateCheck(request.query) }),
    },
    {
      method: 'POST',
      path: '/reportStatus/deploy',
      options: {
        auth: false,
        validate: {
          payload: Joi.object({
            deploymentKey: Joi.string().alphanum().max(64).required(),
            label: Joi.string().max(64),
            appVersion: Joi.string().max(32),
            clientUniqueId: Joi.string().max(128),
            status: Joi.string().valid('DeploymentSucceeded', 'DeploymentFailed'),
            previousLabelOrAppVersion: Joi.string().max(64),
          }).unknown(true),
        },
      },
      handler: async (request, h) => {
        await acquisition.deployReportStatus(request.payload);
        return h.response('OK').code(200);
      },
    },
    {
      method: 'POST',
      path: '/reportStatus/download',
      options: {
        auth: false,
        validate: {
          payload: Joi.object({
            deploymentKey: Joi.string().alphanum().max(64).required(),
            label: Joi.string().max(64).required(),
            clientUniqueId: Joi.string().max(128),
          }),
        },
      },
      handler: async (request, h) => {
        await acquisition.downloadReportStatus(request.payload);
        return h.response('OK').code(200);
      },
    },
  ]);
};

module.exports = { name: 'electrode-ota-server-routes-acquisition', register, dependencies: ['electrode-ota-server-model-acquisition'] };
