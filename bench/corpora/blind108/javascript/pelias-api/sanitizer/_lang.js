const SUPPORTED = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'];

function sanitize(raw, clean) {
  const messages = { errors: [], warnings: [] };
  const wanted = (raw.lang || 'en').toLowerCase();
  clean.lang = SUPPORTED.includes(wanted) ? wanted : 'en';
  clean.rawLang = raw.lang || 'en';
  return messages;
}

module.exports = () => ({ sanitize });
