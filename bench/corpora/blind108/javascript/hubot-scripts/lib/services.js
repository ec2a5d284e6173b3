const KNOWN = {
  api: 'https://status.example.com/api/health',
  web: 'https://www.example.com/healthz',
  search: 'https://search.example.com/healthz',
};

function statusUrl(name) {
  return KNOWN[name];
}

function normaliseUrl(input) {
  let url = input;
  if (!/^https?:\/\//.test(url)) url = 'http://' + url;
  return url;
}

module.exports = { statusUrl, normaliseUrl };
