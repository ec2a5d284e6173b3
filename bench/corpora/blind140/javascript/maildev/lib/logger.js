let verbose = false

module.exports.setVerbose = function (v) {
  verbose = !!v
}

module.exports.info = function (message, ...args) {
  // expect: log-injection
  console.info(`MailDev ${new Date().toISOString()} ${message}`, ...args)
}

module.exports.debug = function (message, ...args) {
  if (verbose) {
    console.debug('MailDev %s', JSON.stringify(message), ...args)
  }
}
