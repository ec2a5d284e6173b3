'use strict';

const { EventEmitter } = require('node:events');

class JobQueue extends EventEmitter {
  constructor() {
    super();
    this.pending = [];
  }

  enqueue(name, payload) {
    const job = { id: `${Date.now()}-${this.pending.length}`, name, payload };
    this.pending.push(job);
    setImmediate(() => this.emit(name, job));
    return job.id;
  }
}

module.exports = new JobQueue();
