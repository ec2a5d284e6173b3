// Dispatches messages arriving on the admin websocket to handlers.
const handlers = {
  ping: () => 'pong',
  reindex: (payload) => ({ queued: payload.index }),
  flush: () => ({ flushed: true }),
};

const lifecycleHooks = { start: () => {}, stop: () => {} };
const routes = new Map([['ping', handlers.ping], ['flush', handlers.flush]]);

function dispatch(message) {
  // expect: code-injection
  return handlers[message.type](message.payload);
}

function callApi(api, methodName, args) {
  // expect: code-injection
  const fn = api[methodName];
  return fn(...args);
}

function applyToWidget(widget, frame) {
  const action = frame.action;
  // expect: code-injection
  widget[action](frame.value);
}

function dispatchChecked(message) {
  if (handlers.hasOwnProperty(message.type)) {
    return handlers[message.type](message.payload);
  }
  return null;
}

function runHooks(names) {
  for (const name of names) {
    lifecycleHooks[name]();
  }
}

function dispatchRoute(message) {
  const route = routes.get(message.type);
  return route ? route(message.payload) : null;
}

function ping() {
  return handlers['ping']();
}

module.exports = { dispatch, callApi, applyToWidget, dispatchChecked, runHooks, dispatchRoute, ping };
