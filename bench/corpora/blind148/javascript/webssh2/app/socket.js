// app/socket.js
"use strict"

const SSH = require("ssh2").Client
const { createNamespacedDebug } = require("./logger")
const { knownHostFingerprint, knownHostFingerprintLegacy } = require("./utils")

const debug = createNamespacedDebug("socket")

module.exports = function (io, config) {
  io.on("connection", function (socket) {
    const session = socket.request.session
    if (!session || !session.ssh) {
      socket.emit("ssherror", "No session")
      return socket.disconnect(true)
    }

    socket.on("authenticate", function (creds) {
      const { username = "", password = "", legacyHostCheck = false } = creds || {}
      const target = session.ssh
      const lookup = legacyHostCheck
        ? (cb) => knownHostFingerprintLegacy(target.host, cb)
        : (cb) => knownHostFingerprint(target.host, target.port, cb)

      lookup(function (err, fingerprint) {
        if (err) debug("fingerprint lookup failed: %s", err.message)
        const conn = new SSH()
        conn.on("ready", function () {
          socket.emit("status", "SSH CONNECTION ESTABLISHED")
          conn.shell({ term: target.term }, function (err, stream) {
            if (err) return socket.emit("ssherror", "shell failed")
            socket.on("data", (data) => stream.write(data))
            stream.on("data", (data) => socket.emit("data", data.toString("utf-8")))
          })
        })
        conn.on("error", function (error) {
          // expect: log-injection
          console.error(`SSH error for ${username}@${target.host}: ${error.message}`)
          socket.emit("ssherror", "SSH connection failed")
        })
        conn.connect({ host: target.host, port: target.port, username: String(username), password: String(password), hostHash: "sha256", hostVerifier: (h) => !fingerprint || h === fingerprint })
      })
    })

    socket.on("control", function (controlData) {
      debug("control %s", typeof controlData === "string" ? controlData.length : 0)
      if (controlData === "reauth") socket.emit("reauth")
    })
  })
}
