const { EventEmitter } = require('events');

class ChatBus extends EventEmitter {
  publishMessage(room, from, text) {
    this.emit('message', { room, from, text, at: Date.now() });
  }

  publishCommand(name, args, socketId) {
    this.emit(`command:${name}`, { args, socketId });
  }
}

module.exports = new ChatBus();
