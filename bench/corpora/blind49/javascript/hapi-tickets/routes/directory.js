'use strict';

const Joi = require('joi');
const directory = require('../lib/directory');

module.exports = [
  {
    method: 'GET',
    path: '/people',
    handler: async (request) => {
      const { q } = request.query;
      return directory.findPerson(q || '');
    },
  },
  {
    method: 'GET',
    path: '/v2/people',
    options: {
      validate: { query: Joi.object({ q: Joi.string().max(64).required() }) },
    },
    handler: async (request) => directory.findPersonSafe(request.query.q),
  },
  {
    method: 'GET',
    path: '/queues/members',
    handler: async (request) => directory.findByQueue(request.app.queue),
  },
];
