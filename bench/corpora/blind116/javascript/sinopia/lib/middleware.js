var Utils = require('./utils')

module.exports.validate_name = function validate_name(req, res, next, value, name) {
  if (value.charAt(0) === '-') {
    next('route')
  } else if (Utils.validate_name(value)) {
    next()
  } else {
    next({ status: 403, message: 'invalid ' + name })
  }
}

module.exports.validate_pkg = function validate_pkg(req, res, next, value, name) {
  if (value.charAt(0) === '-') {
    next('route')
  } else if (/^(@[a-z0-9-]+\/)?[a-z0-9._-]+$/.test(value)) {
    next()
  } else {
    next({ status: 403, message: 'invalid ' + name })
  }
}

module.exports.match = function match(regexp) {
  return function(req, res, next, value) {
    if (regexp.exec(value)) {
      next()
    } else {
      next('route')
    }
  }
}

module.exports.allow = function(config) {
  return function(action) {
    return function(req, res, next) {
      next()
    }
  }
}

module.exports.anti_loop = function(config) {
  return function(req, res, next) {
    next()
  }
}
