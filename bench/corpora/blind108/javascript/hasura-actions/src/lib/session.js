// Keeps the Hasura action payload pieces on the request for the handlers.
function withSession(req, res, next) {
  const body = req.body || {};
  req.hasura = {
    action: body.action ? body.action.name : null,
    input: body.input || {},
    session: body.session_variables || {},
  };
  next();
}

function userId(req) {
  return req.hasura.session['x-hasura-user-id'];
}

function role(req) {
  return req.hasura.session['x-hasura-role'] || 'anonymous';
}

module.exports = { withSession, userId, role };
