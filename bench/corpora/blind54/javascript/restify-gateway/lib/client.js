'use strict';

// Stores who is calling on the request for later handlers.
function attachClient(req, res, next) {
  const clientId = req.header('x-client-id') || 'anonymous';
  req.client = {
    id: clientId,
    department: req.query.dept || req.header('x-department') || '',
    trace: req.header('x-trace-id') || req.id(),
  };
  return next();
}

module.exports = { attachClient };
