'use strict';

var EventEmitter = require('events').EventEmitter,
    util = require('util'),
    MessageManager = require('./messages'),
    FileManager = require('./files'),
    PresenceManager = require('./presence');

function Core() {
    EventEmitter.call(this);
    this.messages = new MessageManager({ core: this });
    this.files = new FileManager({ core: this });
    this.presence = new PresenceManager({ core: this });
}

util.inherits(Core, EventEmitter);

// one instance shared by every controller
module.exports = new Core();
