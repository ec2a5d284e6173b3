'use strict'

const path = require('path')
const fs = require('fs')
const winston = require('../../../logger')
const Ticket = require('../../../models/ticket')

const UPLOAD_ROOT = path.resolve(__dirname, '../../../../public/uploads/tickets')

const ticketsV1 = {}

ticketsV1.search = function (req, res) {
  const { search = '', mode = 'text', limit = '50' } = req.query
  const legacy = mode === 'legacy' && req.user.role.isAdmin
  Ticket.searchTickets(req.user.group, search, { legacy, limit: parseInt(limit, 10) || 50 }, function (err, tickets) {
    if (err) return res.status(400).json({ success: false, error: err.message })
    return res.json({ success: true, count: tickets.length, tickets })
  })
}

ticketsV1.downloadAttachment = function (req, res) {
  const uid = parseInt(req.params.uid, 10)
  const dir = path.join(UPLOAD_ROOT, String(uid))
  const full = path.join(dir, req.params.file)
  winston.debug('Attachment download for ticket ' + uid)
  // expect: path-traversal
  return res.sendFile(full)
}

ticketsV1.downloadStoredAttachment = function (req, res) {
  const uid = parseInt(req.params.uid, 10)
  const dir = path.join(UPLOAD_ROOT, String(uid))
  const full = path.resolve(dir, path.basename(req.params.file))
  if (!full.startsWith(dir + path.sep) || !fs.existsSync(full)) {
    return res.status(404).json({ success: false, error: 'Not found' })
  }
  return res.sendFile(full)
}

ticketsV1.postComment = function (req, res) {
  const { comment = '', ownerId } = req.body
  Ticket.addComment(req.params.uid, { owner: req.user._id, comment: String(comment), ownerId }, function (err, t) {
    if (err) return res.status(400).json({ success: false, error: err.message })
    winston.info('Comment added', { ticket: t.uid, user: req.user.username, ip: req.clientIp })
    return res.json({ success: true, ticket: t })
  })
}

module.exports = ticketsV1
