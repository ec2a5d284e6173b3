'use strict';

// Provider-specific reshaping before the payload is forwarded.
const TRANSFORMS = {
  github: (p) => ({ repo: p.repository && p.repository.full_name, action: p.action, sender: p.sender && p.sender.login }),
  stripe: (p) => ({ type: p.type, object: p.data && p.data.object && p.data.object.id }),
};

function transformPayload(provider, payload) {
  const fn = Object.prototype.hasOwnProperty.call(TRANSFORMS, provider) ? TRANSFORMS[provider] : null;
  return fn ? fn(payload) : payload;
}

// Integrations may carry a user-written mapping expression, e.g. "payload.order.id".
function compileMapping(expression) {
  // expect: code-injection
  return new Function('payload', `return (${expression});`);
}

function pick(payload, dottedPath) {
  return String(dottedPath)
    .split('.')
    .reduce((acc, key) => (acc && Object.prototype.hasOwnProperty.call(acc, key) ? acc[key] : undefined), payload);
}

module.exports = { transformPayload, compileMapping, pick };
