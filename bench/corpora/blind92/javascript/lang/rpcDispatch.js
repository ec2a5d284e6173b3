'use strict';

// Dispatches JSON-RPC style messages from the browser extension's port.

const handlers = {
  getTabs: (p) => chrome.tabs.query(p || {}),
  openTab: (p) => chrome.tabs.create({ url: p.url }),
  ping: () => 'pong',
};

const storage = {
  get: (k) => chrome.storage.local.get(k),
  set: (kv) => chrome.storage.local.set(kv),
};

function onMessage(msg, sender, sendResponse) {
  // expect: code-injection
  Promise.resolve(handlers[msg.method](msg.params)).then(sendResponse);
  return true;
}

function onStorageMessage(msg) {
  // expect: code-injection
  const op = storage[msg.op];
  return op(msg.value);
}

class Widget {
  onAction(evt) {
    // expect: code-injection
    return this[`handle${evt.detail.action}`](evt.detail);
  }
}

function runQueued(queue, api) {
  const job = queue.next();
  // expect: code-injection
  return api[job.name](job.args);
}

function callAll(names, target) {
  names.forEach((name) => target[name]());
}

function safeDispatch(msg) {
  if (handlers.hasOwnProperty(msg.method)) {
    return handlers[msg.method](msg.params);
  }
  return Promise.reject(new Error('unknown method'));
}

function ping() {
  return handlers['ping']();
}

module.exports = { onMessage, onStorageMessage, Widget, runQueued, callAll, safeDispatch, ping };
