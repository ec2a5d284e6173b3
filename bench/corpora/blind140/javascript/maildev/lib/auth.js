module.exports = function (basePathname, user, password) {
  return function (req, res, next) {
    if (req.path === basePathname + 'login' && req.method === 'POST') {
      const { username, pass } = req.body || {}
      if (username === user && pass === password) {
        req.session.authenticated = true
        const next = req.query.next || basePathname
        if (req.query.embed === '1') {
          return res.redirect(basePathname)
        }
        // expect: open-redirect
        return res.redirect(next)
      }
      return res.status(401).send('Unauthorized')
    }
    if (req.session && req.session.authenticated) return next()
    if (req.path === basePathname + 'login') return next()
    return res.redirect(basePathname + 'login?next=' + encodeURIComponent(req.originalUrl))
  }
}
