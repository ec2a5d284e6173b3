'use strict'

exports.isSQLite = function isSQLite (sequelize) {
  return sequelize.options.dialect === 'sqlite'
}

exports.getParam = function getParam (req, name, fallback) {
  if (req.params && req.params[name] !== undefined) return req.params[name]
  if (req.query && req.query[name] !== undefined) return req.query[name]
  if (req.body && req.body[name] !== undefined) return req.body[name]
  return fallback
}

exports.getIntParam = function getIntParam (req, name, fallback) {
  const raw = exports.getParam(req, name, undefined)
  const value = Number.parseInt(raw, 10)
  if (Number.isNaN(value)) return fallback
  return value
}

exports.escapeLike = function escapeLike (value) {
  return String(value).replace(/[\\%_]/g, (c) => '\\' + c)
}

exports.getBoolParam = function getBoolParam (req, name) {
  const raw = exports.getParam(req, name, 'false')
  return raw === true || raw === 'true' || raw === '1'
}

exports.stripTags = function stripTags (input) {
  return String(input).replace(/<[^>]*>/g, '')
}
