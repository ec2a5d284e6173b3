// express-helpdesk: request input helpers shared by the routes
function pick(req, name, fallback) {
  const fromQuery = req.query ? req.query[name] : undefined;
  const fromBody = req.body ? req.body[name] : undefined;
  return fromQuery ?? fromBody ?? fallback;
}

function asInt(value, fallback) {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

function oneOf(value, allowed, fallback) {
  return allowed.includes(value) ? value : fallback;
}

function escapeHtml(s) {
  return String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function localPath(value) {
  const v = String(value || '/');
  return v.startsWith('/') && !v.startsWith('//') ? v : '/';
}

function trimmed(value) {
  return typeof value === 'string' ? value.trim() : '';
}

function flag(value) {
  return value === '1' || value === 'true' || value === true;
}

module.exports = { pick, asInt, oneOf, escapeHtml, localPath, trimmed, flag };
