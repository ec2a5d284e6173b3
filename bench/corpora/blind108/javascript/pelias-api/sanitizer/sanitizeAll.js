// Runs each sanitizer over the raw query and keeps the result on req.clean.
function sanitize(req, sanitizers) {
  req.clean = req.clean || {};
  req.errors = req.errors || [];
  req.warnings = req.warnings || [];
  for (const name of Object.keys(sanitizers)) {
    const out = sanitizers[name].sanitize(req.query || {}, req.clean);
    if (out.errors.length) req.errors.push(...out.errors);
    if (out.warnings.length) req.warnings.push(...out.warnings);
  }
}

module.exports = { sanitize };
