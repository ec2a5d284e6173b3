function isDNT(req) {
  return req.headers.dnt === '1' || req.headers['x-do-not-track'] === '1';
}

module.exports = { isDNT };
