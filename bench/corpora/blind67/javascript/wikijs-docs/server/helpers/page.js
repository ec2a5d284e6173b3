const _ = require('lodash')

/* global WIKI */

const localeSegmentRegex = /^[A-Z]{2}(-[A-Z]{2})?$/i

module.exports = {
  /**
   * Parse raw url path into locale and path
   */
  parsePath (rawPath) {
    let pathParts = _.filter(_.split(rawPath, '/'), p => !_.isEmpty(p))
    let locale = WIKI.config.lang.code
    if (pathParts.length > 0 && localeSegmentRegex.test(pathParts[0])) {
      locale = pathParts.shift().toLowerCase()
    }
    return { locale, path: pathParts.join('/') }
  },

  /**
   * Build the small HTML page shown when login fails
   */
  renderLoginError (message) {
    return `<!doctype html><html><head><title>Login failed</title></head><body><div class="error">${message}</div><a href="/login">Try again</a></body></html>`
  },

  renderLoginErrorEscaped (message) {
    return `<!doctype html><html><head><title>Login failed</title></head><body><div class="error">${_.escape(message)}</div><a href="/login">Try again</a></body></html>`
  }
}
