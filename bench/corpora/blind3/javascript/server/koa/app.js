'use strict';

const Koa = require('koa');
const Router = require('@koa/router');
const escapeHtml = require('escape-html');
const libxmljs = require('libxmljs');
const grpc = require('@grpc/grpc-js');

const app = new Koa();
const router = new Router();

router.get('/hello', (ctx) => {
  ctx.type = 'html';
  // expect: xss
  ctx.body = `<p>Hello ${ctx.query.name}</p>`;
});

router.get('/hello/safe', (ctx) => {
  ctx.type = 'html';
  ctx.body = `<p>Hello ${escapeHtml(ctx.query.name || '')}</p>`;
});

router.post('/import', (ctx) => {
  // expect: xxe
  const doc = libxmljs.parseXml(ctx.request.body.xml, { noent: true });
  ctx.body = { root: doc.root().name() };
});

router.post('/import/safe', (ctx) => {
  const doc = libxmljs.parseXml(ctx.request.body.xml, { noent: false, nonet: true });
  ctx.body = { root: doc.root().name() };
});

// expect: insecure-transport
const inventory = new grpc.Client('inventory.internal.acme.example:50051', grpc.credentials.createInsecure());
const sidecar = new grpc.Client('localhost:50052', grpc.credentials.createInsecure());

app.use(router.routes()).use(router.allowedMethods());

module.exports = { app, inventory, sidecar };
