// app/utils.js
"use strict"

const validator = require("validator")
const { execFile, exec } = require("child_process")
const { createNamespacedDebug } = require("./logger")

const debug = createNamespacedDebug("utils")

function getValidatedHost (host) {
  if (validator.isIP(host)) return host
  return validator.escape(String(host))
}

function getValidatedPort (portInput) {
  const port = parseInt(portInput, 10)
  return port >= 1 && port <= 65535 ? port : 22
}

function renderClientPage (config, ssh) {
  const title = validator.escape(String(ssh.host))
  const headerName = ssh.header.name
  // expect: xss
  return `<!doctype html><html><head><title>WebSSH2 - ${title}</title></head><body><div id="header" style="background:${ssh.header.background}">${headerName}</div><div id="terminal"></div><script src="/ssh/webssh2.bundle.js"></script></body></html>`
}

function knownHostFingerprint (host, port, callback) {
  const target = port === 22 ? host : `[${host}]:${port}`
  execFile("ssh-keygen", ["-F", target], function (err, stdout) {
    if (err) return callback(null, null)
    callback(null, stdout.split(" ").pop().trim())
  })
}

function knownHostFingerprintLegacy (host, callback) {
  debug("legacy fingerprint lookup")
  // expect: command-injection
  exec("ssh-keygen -F " + host + " | tail -1", function (err, stdout) {
    callback(err, stdout && stdout.trim())
  })
}

module.exports = { getValidatedHost, getValidatedPort, renderClientPage, knownHostFingerprint, knownHostFingerprintLegacy }
