// app/routes.js
"use strict"

const express = require("express")
const validator = require("validator")
const { createNamespacedDebug } = require("./logger")
const { getValidatedHost, getValidatedPort, renderClientPage } = require("./utils")

const debug = createNamespacedDebug("routes")

module.exports = function (config) {
  const router = express.Router()

  // Stores the target and page options in the session; socket.js reads them on connect.
  router.get("/host/:host", function (req, res) {
    const host = getValidatedHost(req.params.host)
    const port = getValidatedPort(req.query.port)
    const { header = "", headerBackground = "green", sshterm = "xterm-color" } = req.query
    req.session.ssh = {
      host,
      port,
      term: /^(([a-z]|\d|-)+)$/i.test(sshterm) ? sshterm : config.ssh.term,
      header: { name: header, background: validator.escape(String(headerBackground)) }
    }
    debug("session target set for %s", host)
    res.send(renderClientPage(config, req.session.ssh))
  })

  router.get("/reauth", function (req, res) {
    const { returnTo = "" } = req.query
    req.session.destroy()
    if (returnTo) {
      // expect: open-redirect
      return res.redirect(returnTo)
    }
    res.redirect("/ssh/host/" + encodeURIComponent(config.ssh.host || "localhost"))
  })

  router.get("/clear", function (req, res) {
    req.session.destroy()
    res.redirect("/ssh")
  })

  return router
}
