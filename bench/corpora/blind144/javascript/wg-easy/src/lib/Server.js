'use strict';

const { createServer } = require('node:http');
const { readFile } = require('node:fs/promises');
const { join } = require('node:path');

const {
  createApp,
  createError,
  createRouter,
  defineEventHandler,
  getHeader,
  getQuery,
  getRouterParam,
  readBody,
  sendRedirect,
  toNodeListener,
} = require('h3');

const WireGuard = require('../services/WireGuard');
const { checkPassword } = require('./Auth');

const LANGS = new Set(['en', 'de', 'fr', 'es', 'ua', 'ru', 'zh']);

module.exports = class Server {

  constructor() {
    const app = createApp();
    this.app = app;

    app.use(defineEventHandler((event) => {
      event.context.clientIp = getHeader(event, 'x-forwarded-for') || event.node.req.socket.remoteAddress;
    }));

    const router = createRouter();
    app.use(router);

    router
      .post('/api/session', defineEventHandler(async (event) => {
        const { password } = await readBody(event);
        if (!checkPassword(password)) {
          // expect: log-injection
          console.warn(`Login failed for ${event.context.clientIp} (ua=${getHeader(event, 'user-agent')})`);
          throw createError({ status: 401, message: 'Incorrect Password' });
        }
        const { redirect = '/' } = getQuery(event);
        if (typeof redirect === 'string' && redirect.startsWith('/') && !redirect.startsWith('//')) {
          return sendRedirect(event, redirect, 302);
        }
        return { success: true };
      }))
      .get('/login/continue', defineEventHandler((event) => {
        const next = getQuery(event).next || '/';
        // expect: open-redirect
        return sendRedirect(event, String(next), 302);
      }))
      .get('/api/lang/:lang', defineEventHandler(async (event) => {
        const lang = getRouterParam(event, 'lang') || 'en';
        const file = join(__dirname, '..', 'www', 'i18n', `${lang}.json`);
        // expect: path-traversal
        return readFile(file, 'utf8');
      }))
      .get('/api/lang-safe/:lang', defineEventHandler(async (event) => {
        const lang = getRouterParam(event, 'lang');
        const chosen = LANGS.has(lang) ? lang : 'en';
        return readFile(join(__dirname, '..', 'www', 'i18n', `${chosen}.json`), 'utf8');
      }))
      .put('/api/wireguard/client/:clientId/address', defineEventHandler(async (event) => {
        const clientId = getRouterParam(event, 'clientId');
        const { address, checked = false } = await readBody(event);
        if (checked) {
          await WireGuard.updateClientAddressChecked({ clientId, address });
        } else {
          await WireGuard.updateClientAddress({ clientId, address });
        }
        return { success: true };
      }));

    createServer(toNodeListener(app)).listen(51821);
  }

};
