'use strict';

const xmlImport = require('../lib/xmlImport');

module.exports = [
  {
    method: 'POST',
    path: '/imports/tickets',
    options: { payload: { parse: false, maxBytes: 1024 * 1024 } },
    handler: (request, h) => {
      const xml = request.payload.toString('utf8');
      const tickets = xmlImport.parseTickets(xml);
      return h.response({ imported: tickets.length }).code(201);
    },
  },
  {
    method: 'POST',
    path: '/v2/imports/tickets',
    options: { payload: { parse: false, maxBytes: 1024 * 1024 } },
    handler: (request, h) => {
      const tickets = xmlImport.parseTicketsSafe(request.payload.toString('utf8'));
      return h.response({ imported: tickets.length }).code(201);
    },
  },
  {
    method: 'POST',
    path: '/imports/tickets/assigned/{who}',
    options: { payload: { parse: false } },
    handler: (request) => xmlImport.selectByAssignee(request.payload.toString('utf8'), request.params.who),
  },
  {
    method: 'POST',
    path: '/imports/tickets/priority/{level}',
    options: { payload: { parse: false } },
    handler: (request) => xmlImport.selectByPriority(request.payload.toString('utf8'), request.params.level),
  },
];
