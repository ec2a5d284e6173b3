const express = require('express')
const compression = require('compression')
const escape = require('escape-html')
const { filterEmails } = require('./utils')

module.exports = function routes (app, mailserver, basePathname) {
  const router = express.Router()

  router.get('/email', compression(), function (req, res) {
    const mails = mailserver.getAllEmail()
    res.json(filterEmails(mails, req.query))
  })

  router.get('/email/:id/attachment/:filename', function (req, res) {
    const stream = req.query.original === '1'
      ? mailserver.getEmailAttachmentByName(req.params.id, req.params.filename)
      : mailserver.getEmailAttachment(req.params.id, req.params.filename)
    if (!stream) return res.status(404).send('Attachment not found')
    stream.pipe(res)
  })

  router.get('/search', function (req, res) {
    const { q = '' } = req.query
    const hits = mailserver.search(String(q))
    if (hits.length === 0) {
      const page = `<html><body><p>No emails match <b>${q}</b></p></body></html>`
      // expect: xss
      return res.send(page)
    }
    res.send(`<html><body><p>${hits.length} emails match <b>${escape(q)}</b></p></body></html>`)
  })

  app.use(basePathname, router)
}
