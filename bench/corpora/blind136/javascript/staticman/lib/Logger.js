'use strict'

class Logger {
  info (message) {
    // expect: log-injection
    console.log(`[staticman] ${new Date().toISOString()} ${message}`)
  }

  warn (message, meta = {}) {
    console.warn(JSON.stringify({ level: 'warn', message, ...meta }))
  }
}

module.exports = new Logger()
