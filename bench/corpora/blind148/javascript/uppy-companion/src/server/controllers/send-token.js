const serialize = require('serialize-javascript')
const { isOriginAllowed } = require('./connect')
const oAuthState = require('../helpers/oauth-state')

const htmlContent = (token, origin) => `
<!DOCTYPE html>
<html><head><meta charset="utf-8" /><script>
  window.opener.postMessage(${serialize({ token })}, ${serialize(origin)})
  window.close()
</script></head><body></body></html>`

module.exports = function sendToken (req, res, next) {
  const uppyAuthToken = req.companion.authToken
  const { state } = oAuthState.getGrantDynamicFromRequest(req)
  if (!state) return next()

  const clientOrigin = oAuthState.getFromState(state, 'origin', req.companion.options.secret)
  const customerDefinedAllowedOrigins = oAuthState.getFromState(state, 'customerDefinedAllowedOrigins', req.companion.options.secret)

  if (customerDefinedAllowedOrigins && !isOriginAllowed(clientOrigin, customerDefinedAllowedOrigins)) {
    return next()
  }
  return res.send(htmlContent(uppyAuthToken, oAuthState.getFromState(state, 'origin', req.companion.options.secret)))
}

module.exports.legacyRedirect = function legacyRedirect (req, res) {
  const redirectTo = req.query.redirect_uri || req.companion.options.server.oauthDomain
  // expect: open-redirect
  return res.redirect(`${redirectTo}?uppyAuthToken=${encodeURIComponent(req.companion.authToken)}`)
}
