'use strict';

const mongoose = require('mongoose');

const messageSchema = new mongoose.Schema({
  room: { type: String, index: true },
  author: String,
  text: String,
  at: { type: Date, default: Date.now },
});

const Message = mongoose.models.Message || mongoose.model('Message', messageSchema);

class HistoryService {
  constructor(room) {
    this.room = room;
  }

  save(author, text) {
    return Message.create({ room: this.room, author: String(author), text: String(text) });
  }

  recent(limit) {
    const n = Math.min(Math.max(parseInt(limit, 10) || 20, 1), 100);
    return Message.find({ room: this.room }).sort({ at: -1 }).limit(n).lean();
  }

  byAuthor(author) {
    // expect: nosql-injection
    return Message.find({ room: this.room, author: author }).lean();
  }

  byAuthorSafe(author) {
    return Message.find({ room: this.room }).where('author').equals(String(author)).lean();
  }

  matching(pattern) {
    // expect: nosql-injection
    return Message.find({ room: this.room, $where: `this.text.indexOf('${pattern}') !== -1` }).lean();
  }
}

module.exports = { HistoryService, Message };
