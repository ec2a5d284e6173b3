'use strict';

var mongoose = require('mongoose');

function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function MessageManager(options) {
    this.core = options.core;
}

MessageManager.prototype.list = function(options, cb) {
    var Message = mongoose.model('Message');
    var limit = Math.min(parseInt(options.limit, 10) || 500, 5000);

    // socket payloads keep their JSON types, so room may be an object here
    // expect: nosql-injection
    var find = Message.find({ room: options.room });

    if (options.since_id) {
        find.where('_id').gt(String(options.since_id));
    }
    find.limit(limit).sort({ posted: -1 }).exec(cb);
};

MessageManager.prototype.search = function(options, cb) {
    var Message = mongoose.model('Message');

    Message.find({
        room: options.room,
        text: { $regex: escapeRegExp(options.query), $options: 'i' }
    }).limit(100).exec(cb);
};

module.exports = MessageManager;
