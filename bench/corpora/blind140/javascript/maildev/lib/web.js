const express = require('express')
const http = require('http')
const { Server } = require('socket.io')
const routes = require('./routes')
const auth = require('./auth')
const logger = require('./logger')

function webSocketConnection (mailserver) {
  return function onConnection (socket) {
    const onNew = (email) => socket.emit('newMail', email)
    mailserver.on('new', onNew)

    socket.on('deleteMail', function (payload) {
      const { id = '', reason = 'user' } = payload || {}
      logger.info(`Deleting email ${id} (${reason})`)
      mailserver.deleteEmail(String(id))
    })

    socket.on('disconnect', () => mailserver.removeListener('new', onNew))
  }
}

module.exports.start = function (port, host, mailserver, user, password, basePathname = '/') {
  const app = express()
  const server = http.createServer(app)
  const io = new Server(server, { path: basePathname + 'socket.io' })

  if (user && password) {
    app.use(auth(basePathname, user, password))
  }
  routes(app, mailserver, basePathname)
  io.on('connection', webSocketConnection(mailserver))
  server.listen(port, host)
  logger.info('MailDev webapp running at http://%s:%s%s', host, port, basePathname)
  return server
}
