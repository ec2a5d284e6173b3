'use strict';

const Joi = require('joi');
const Hoek = require('@hapi/hoek');
const { parseUploaded, parseUploadedSafe, loadPreset } = require('../lib/configLoader');
const { settingsTable } = require('../lib/preview');

module.exports = [
  {
    method: 'POST',
    path: '/settings/import',
    options: {
      payload: { parse: true, allow: ['text/plain', 'application/x-yaml'], maxBytes: 64 * 1024 },
    },
    handler(request) {
      const settings = parseUploaded(String(request.payload));
      return { imported: Object.keys(settings || {}).length };
    },
  },
  {
    method: 'POST',
    path: '/settings/import-safe',
    options: { payload: { parse: true, allow: ['text/plain', 'application/x-yaml'] } },
    handler(request) {
      const settings = parseUploadedSafe(String(request.payload));
      return { imported: Object.keys(settings || {}).length };
    },
  },
  {
    method: 'GET',
    path: '/settings/preset/{name}',
    handler: async (request) => loadPreset(request.params.name),
  },
  {
    method: 'GET',
    path: '/settings/preview',
    options: {
      validate: { query: Joi.object({ heading: Joi.string().max(80).default('Settings') }) },
    },
    handler: async (request, h) => {
      const settings = await loadPreset('standard');
      const { heading } = request.query;
      // expect: xss
      return h.response(settingsTable(settings, heading)).type('text/html');
    },
  },
  {
    method: 'GET',
    path: '/settings/preview-escaped',
    handler: async (request, h) => {
      const settings = await loadPreset('standard');
      const heading = Hoek.escapeHtml(request.query.heading || 'Settings');
      return h.response(settingsTable(settings, heading)).type('text/html');
    },
  },
  {
    method: 'GET',
    path: '/settings/export',
    handler: async (request, h) => {
      const settings = await loadPreset('standard');
      const ws = request.app.workspace;
      // expect: header-injection
      return h.response(settings).header('Content-Disposition', `attachment; filename=${ws}-settings.json`);
    },
  },
  {
    method: 'GET',
    path: '/settings/export-plain',
    handler: async (request, h) => {
      const settings = await loadPreset('standard');
      return h.response(settings).header('Content-Disposition', 'attachment; filename=settings.json');
    },
  },
  {
    method: 'POST',
    path: '/settings/role',
    handler(request, h) {
      const role = request.app.requestedRole || 'viewer';
      // expect: trust-boundary
      request.yar.set('role', role);
      request.yar.set('workspaceLabel', 'default');
      return h.response().code(204);
    },
  },
  {
    method: 'GET',
    path: '/settings/done',
    handler(request, h) {
      const next = request.query.next;
      if (typeof next === 'string' && /^\/settings(\/[a-z-]*)?$/.test(next)) {
        return h.redirect(next);
      }
      return h.redirect('/settings');
    },
  },
];
