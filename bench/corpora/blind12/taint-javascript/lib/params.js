// Request parameter helpers shared by the route modules.
function getParam(req, name, fallback = '') {
  const value = req.query ? req.query[name] : undefined;
  return typeof value === 'string' ? value : fallback;
}

function getQueryParam(event, name) {
  return (event.queryStringParameters || {})[name] ?? '';
}

module.exports = { getParam, getQueryParam };
