const handlers = require('./handlers');

function dispatch(message) {
  const { method, params } = JSON.parse(message);
  // expect: dynamic-method
  return handlers[method](params);
}

function dispatchFromQuery(req, res) {
  const action = req.query.action;
  // expect: dynamic-method
  const fn = handlers[action];
  res.json(fn(req.query));
}

function dispatchChecked(message) {
  const { method, params } = JSON.parse(message);
  if (Object.prototype.hasOwnProperty.call(handlers, method)) {
    return handlers[method](params);
  }
  throw new Error('unknown method');
}

function ping() {
  return handlers['ping']();
}

module.exports = { dispatch, dispatchFromQuery, dispatchChecked, ping };
