'use strict';

// Dispatches actions sent by the admin console over a WebSocket.
const WebSocket = require('ws');
const maintenance = require('./maintenance');
const reports = require('./reports');

const actions = {
  purgeCache: (args) => maintenance.purgeCache(args.region),
  rebuildIndex: (args) => maintenance.rebuildIndex(args.index),
  exportReport: (args) => reports.export(args.id, args.format),
};

function onMessage(socket, raw) {
  const msg = JSON.parse(raw);
  // expect: code-injection
  const result = actions[msg.action](msg.args);
  socket.send(JSON.stringify({ id: msg.id, result }));
}

function runReportStep(step, input) {
  // expect: code-injection
  return reports[step.name](input, step.options);
}

class Widget {
  constructor(el) {
    this.el = el;
  }

  show() { this.el.hidden = false; }
  hide() { this.el.hidden = true; }

  handle(event) {
    const verb = event.data.verb;
    // expect: code-injection
    this[verb](event.data);
  }
}

function jsonpCallback(query, data) {
  const cb = window[query.get('callback')];
  // expect: code-injection
  cb(data);
}

function safeDispatch(msg) {
  if (Object.prototype.hasOwnProperty.call(actions, msg.action)) {
    return actions[msg.action](msg.args);
  }
  throw new Error('unknown action ' + msg.action);
}

// Safe look-alikes: a literal member name, and a name checked against an allowlist.
const ALLOWED_VERBS = new Map([['show', 'show'], ['hide', 'hide']]);

function toggle(widget, visible) {
  widget[visible ? 'show' : 'hide']();
  widget['show']();
}

function fromAllowlist(widget, verb) {
  const method = ALLOWED_VERBS.get(verb);
  if (method === 'show') widget.show();
  else if (method === 'hide') widget.hide();
}

const wss = new WebSocket.Server({ port: 8088 });
wss.on('connection', (socket) => socket.on('message', (raw) => onMessage(socket, raw)));

module.exports = { onMessage, runReportStep, Widget, jsonpCallback, safeDispatch, toggle, fromAllowlist };
