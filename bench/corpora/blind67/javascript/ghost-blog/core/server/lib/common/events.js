'use strict';

const {EventEmitter} = require('events');

/**
 * The one in-process event bus: models and API controllers emit, services
 * (webhooks, cache invalidation, members) subscribe.
 */
class GhostEventBus extends EventEmitter {
    constructor() {
        super();
        this.setMaxListeners(100);
    }

    hasRegisteredListener(eventName, listenerName) {
        return this.listeners(eventName).some(fn => fn.name === listenerName);
    }
}

module.exports = new GhostEventBus();
