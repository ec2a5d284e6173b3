const Joi = require('joi');
const { eventsInCity, eventsMatching } = require('./lib/queries');
const { titleHtml, titleHtmlRaw } = require('./lib/format');

module.exports = [
  {
    method: 'GET',
    path: '/events',
    handler: async (request) => eventsInCity(request.query.city),
  },
  {
    method: 'GET',
    path: '/events/after',
    handler: async (request) => {
      const { date = '2024-01-01', city = 'Berlin' } = request.query;
      // expect: sql-injection
      return eventsMatching(`starts_at > '${date}' AND city = '${city}'`);
    },
  },
  {
    method: 'GET',
    path: '/events/after-validated',
    options: { validate: { query: Joi.object({ days: Joi.number().integer().min(0).max(365) }) } },
    handler: async (request) => eventsMatching(`starts_at > now() - interval '${Number(request.query.days)} days'`),
  },
  {
    method: 'GET',
    path: '/events/heading',
    handler: (request, h) => {
      // expect: xss
      return h.response(titleHtmlRaw(request.query.title)).type('text/html');
    },
  },
  {
    method: 'GET',
    path: '/events/heading-safe',
    handler: (request, h) => h.response(titleHtml(request.query.title)).type('text/html'),
  },
];
