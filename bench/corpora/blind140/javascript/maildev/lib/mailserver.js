const fs = require('fs')
const path = require('path')
const { EventEmitter } = require('events')

class MailServer extends EventEmitter {
  constructor (mailDir) {
    super()
    this.mailDir = path.resolve(mailDir)
    this.store = []
  }

  getAllEmail () {
    return this.store
  }

  deleteEmail (id) {
    this.store = this.store.filter((m) => m.id !== id)
  }

  search (q) {
    const needle = q.toLowerCase()
    return this.store.filter((m) => (m.subject || '').toLowerCase().includes(needle))
  }

  getEmailAttachment (id, filename) {
    const email = this.store.find((m) => m.id === id)
    const attachment = email && (email.attachments || []).find((a) => a.generatedFileName === filename)
    if (!attachment) return null
    return fs.createReadStream(path.join(this.mailDir, email.id, path.basename(attachment.generatedFileName)))
  }

  getEmailAttachmentByName (id, filename) {
    // expect: path-traversal
    return fs.createReadStream(path.join(this.mailDir, id, filename))
  }
}

module.exports = MailServer
