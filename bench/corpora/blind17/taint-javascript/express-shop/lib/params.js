// library: express (request helpers shared by the routes)
function getParam(req, name, fallback) {
  const fromQuery = req.query ? req.query[name] : undefined;
  const value = fromQuery !== undefined ? fromQuery : req.body && req.body[name];
  if (value === undefined || value === null || value === '') return fallback;
  return Array.isArray(value) ? value[0] : value;
}

function toInt(value, fallback, max = 1000) {
  const n = Number.parseInt(value, 10);
  if (!Number.isInteger(n) || n < 0) return fallback;
  return Math.min(n, max);
}

function isLocalPath(p) {
  return typeof p === 'string' && p.startsWith('/') && !p.startsWith('//') && !p.startsWith('/\\');
}

module.exports = { getParam, toInt, isLocalPath };
