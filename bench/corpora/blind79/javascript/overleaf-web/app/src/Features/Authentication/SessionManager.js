const _ = require('lodash')

const SessionManager = {
  getSessionUser(session) {
    const sessionUser = _.get(session, ['user'])
    const sessionPassportUser = _.get(session, ['passport', 'user'])
    return sessionUser || sessionPassportUser || null
  },

  getLoggedInUserId(session) {
    const user = SessionManager.getSessionUser(session)
    if (user) {
      return user._id
    }
    return null
  },

  isUserLoggedIn(session) {
    const userId = SessionManager.getLoggedInUserId(session)
    return ![null, undefined, false].includes(userId)
  },

  setRedirectInSession(req, value) {
    if (value == null) {
      value = Object.keys(req.query).length > 0 ? `${req.path}?${new URLSearchParams(req.query)}` : `${req.path}`
    }
    if (req.session != null && !/^\/(socket.io|js|stylesheets|img)\/.*$/.test(value) && !/^.*\.(png|jpeg|svg)$/.test(value)) {
      req.session.postLoginRedirect = value
    }
  },

  getRedirectFromSession(req) {
    return _.get(req, ['session', 'postLoginRedirect']) || null
  },
}

module.exports = SessionManager
