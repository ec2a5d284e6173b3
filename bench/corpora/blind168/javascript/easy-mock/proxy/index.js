'use strict'

// Data access objects shared by the controllers.
// Each proxy wraps one Mongoose model and keeps query shapes in one place.

exports.UserProxy = require('./user')
exports.ProjectProxy = require('./project')
exports.MockProxy = require('./mock')
exports.GroupProxy = require('./group')
exports.MockCountProxy = require('./mock_count')
exports.UserGroupProxy = require('./user_group')
exports.UserProjectProxy = require('./user_project')

exports.PROXY_NAMES = Object.freeze([
  'UserProxy',
  'ProjectProxy',
  'MockProxy',
  'GroupProxy',
  'MockCountProxy',
  'UserGroupProxy',
  'UserProjectProxy'
])

exports.byName = function byName (name) {
  if (!exports.PROXY_NAMES.includes(name)) {
    throw new Error(`unknown proxy: ${name}`)
  }
  return exports[name]
}

exports.describe = function describe () {
  return exports.PROXY_NAMES.map((name) => ({
    name,
    methods: Object.getOwnPropertyNames(exports[name]).filter(
      (key) => typeof exports[name][key] === 'function' && !['length', 'name', 'prototype'].includes(key)
    )
  }))
}

exports.isProxyName = function isProxyName (value) {
  return typeof value === 'string' && exports.PROXY_NAMES.includes(value)
}
