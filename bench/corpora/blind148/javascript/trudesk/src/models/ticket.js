'use strict'

const mongoose = require('mongoose')
const _ = require('lodash')

const ticketSchema = mongoose.Schema({
  uid: { type: Number, unique: true, index: true },
  owner: { type: mongoose.Schema.Types.ObjectId, ref: 'accounts' },
  group: { type: mongoose.Schema.Types.ObjectId, ref: 'groups' },
  subject: { type: String, required: true },
  issue: { type: String, required: true },
  deleted: { type: Boolean, default: false },
  comments: [{ owner: mongoose.Schema.Types.ObjectId, comment: String, date: Date }]
})

function escapeRegex (text) {
  return String(text).replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&')
}

ticketSchema.statics.searchTickets = function (groupId, search, options, callback) {
  const q = this.model('tickets').find({ group: groupId, deleted: false }).limit(options.limit)
  if (options.legacy) {
    // expect: nosql-injection
    return q.where({ $where: "this.subject.indexOf('" + search + "') !== -1" }).exec(callback)
  }
  const rx = new RegExp(escapeRegex(search), 'i')
  return q.where({ $or: [{ subject: rx }, { issue: rx }] }).exec(callback)
}

ticketSchema.statics.addComment = function (uid, data, callback) {
  const comment = _.pick(data, ['owner', 'comment'])
  comment.date = new Date()
  return this.model('tickets').findOneAndUpdate(
    { uid: parseInt(uid, 10) },
    { $push: { comments: comment } },
    { new: true },
    callback
  )
}

module.exports = mongoose.model('tickets', ticketSchema)
