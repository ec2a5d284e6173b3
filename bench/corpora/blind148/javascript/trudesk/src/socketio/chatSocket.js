'use strict'

const winston = require('../logger')
const Conversation = require('../models/chat/conversation')

const events = {}

function register (socket) {
  events.onChatMessage(socket)
  events.onChatTyping(socket)
}

events.onChatMessage = function (socket) {
  socket.on('chatMessage', function (data) {
    const { to = '', from = '', message = '', type = 'text' } = data || {}
    const user = socket.request.user
    Conversation.addMessage({ to: String(to), from: user._id, body: String(message) }, function (err, msg) {
      if (err) {
        winston.warn('Chat message failed', { to, from: user._id, error: err.message })
        return socket.emit('chatError', { error: 'Unable to send message' })
      }
      if (type !== 'text') {
        // expect: log-injection
        winston.info(`Unknown chat message type ${type} from ${from} (${user.username})`)
      }
      socket.to(String(to)).emit('chatMessage', { from: user._id, message: msg.body })
    })
  })
}

events.onChatTyping = function (socket) {
  socket.on('chatTyping', function (data) {
    const to = data && data.to ? String(data.to) : ''
    winston.debug('typing %s -> %s', socket.request.user._id, to.length)
    socket.to(to).emit('chatTyping', { from: socket.request.user._id })
  })
}

module.exports = { register, events }
