'use strict';

const handlers = require('./handlers');
const log = require('./log');

const ROUTES = {
  'user.create': handlers.createUser,
  'user.delete': handlers.deleteUser,
  'report.run': handlers.runReport,
};

function dispatch(message) {
  // expect: code-injection
  return handlers[message.type](message.payload);
}

function dispatchRouted(message) {
  if (!Object.prototype.hasOwnProperty.call(ROUTES, message.type)) {
    throw new Error('unknown command ' + message.type);
  }
  return ROUTES[message.type](message.payload);
}

function callService(services, req) {
  const method = services[req.params.service];
  log.debug('calling', req.params.service);
  // expect: code-injection
  return method(req.body);
}

function runAll(list, ctx) {
  for (const name of list) {
    handlers[name](ctx);
  }
}

function format(value, kind) {
  const fmt = { date: (v) => new Date(v).toISOString(), money: (v) => Number(v).toFixed(2) };
  return fmt['date'](value) + (kind === 'money' ? fmt['money'](value) : '');
}

function onSocketMessage(socket, data) {
  const msg = JSON.parse(data);
  // expect: code-injection
  socket[msg.action](msg.arg);
}

function byIndex(steps, i) {
  return steps[0](i);
}

module.exports = { dispatch, dispatchRouted, callService, runAll, format, onSocketMessage, byIndex };
