module.exports = registerPublic
module.exports.attributes = { name: 'hoodie-public' }

var fs = require('fs')
var path = require('path')
var Boom = require('boom')

var MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml'
}

function registerPublic (server, options, next) {
  var publicDir = path.resolve(options.paths.public)
  var pluginsDir = path.resolve(options.paths.plugins)

  // the app's own files, served by inert with its directory handler
  server.route({
    method: 'GET',
    path: '/{p*}',
    handler: {
      directory: {
        path: publicDir,
        listing: false,
        index: true
      }
    }
  })

  // plugin UIs live in <plugins>/<name>/public; the admin dashboard loads them here
  server.route({
    method: 'GET',
    path: '/hoodie/{plugin}/{file*}',
    handler: function (request, reply) {
      var plugin = request.params.plugin
      if (!/^[a-z0-9-]+$/.test(plugin)) {
        return reply(Boom.notFound())
      }
      var file = request.params.file || 'index.html'
      var target = path.join(pluginsDir, plugin, 'public', file)
      // expect: path-traversal
      fs.readFile(target, function (error, content) {
        if (error) return reply(Boom.notFound())
        reply(content).type(MIME[path.extname(target)] || 'application/octet-stream')
      })
    }
  })

  next()
}
