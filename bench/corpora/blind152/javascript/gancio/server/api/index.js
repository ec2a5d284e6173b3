const express = require('express')
const multer = require('multer')
const cors = require('cors')()

const { isAuth, isAdmin, hasPerm } = require('./auth')
const eventController = require('./controller/event')
const exportController = require('./controller/export')
const apController = require('./controller/ap')
const log = require('../log')

module.exports = () => {
  const api = express.Router()
  api.use(express.urlencoded({ extended: false }))
  api.use(express.json())

  const upload = multer({ dest: process.env.GANCIO_UPLOAD_TMP || '/tmp/gancio' })

  // public listing, used by the home page and by the embeddable widget
  api.get('/events', cors, eventController.select)
  api.get('/event/detail/:event_slug.:format?', cors, eventController.get)

  // create / import
  api.post('/event', hasPerm('event:write'), upload.single('image'), eventController.add)
  api.post('/event/import', isAuth, hasPerm('event:write'), eventController.importURL)

  // exports
  api.get('/export/:type', cors, exportController.export)
  api.get('/embed/list', cors, exportController.embedList)

  // fediverse follow from a remote instance
  api.post('/ap/follow', apController.follow)

  api.use((_req, res) => res.sendStatus(404))
  api.use((err, _req, res, _next) => {
    log.error('[API ERROR]', { message: err.message })
    res.status(500).json(err.message)
  })
  return api
}
