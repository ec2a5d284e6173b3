var express = require('express')
var Path = require('path')
var Middleware = require('./middleware')
var Utils = require('./utils')

module.exports = function(config, auth, storage) {
  var app = express.Router()
  var can = Middleware.allow(config)

  app.param('package', Middleware.validate_pkg)
  app.param('filename', Middleware.validate_name)
  app.param('anything', Middleware.match(/.*/))

  app.use(auth.basic_middleware())
  app.use(Middleware.anti_loop(config))

  app.get('/:package/:version?', can('access'), function(req, res, next) {
    storage.get_package(req.params.package, { req: req }, function(err, info) {
      if (err) return next(err)
      next(Utils.filter_tarball_urls(info, req, config))
    })
  })

  app.get('/:package/-/:filename', can('access'), function(req, res) {
    var stream = storage.get_tarball(req.params.package, req.params.filename)
    stream.on('error', function(err) { res.status(err.status || 500).end() })
    stream.pipe(res)
  })

  app.get('/-/readme/:package/:anything', can('access'), function(req, res) {
    var stream = storage.get_readme_asset(req.params.package, req.params.anything)
    stream.on('error', function(err) { res.status(404).end() })
    stream.pipe(res)
  })

  app.put('/-/user/:org_couchdb_user/:_rev?/:revision?', function(req, res, next) {
    var name = req.body.name
    auth.authenticate(name, req.body.password, function(err, user) {
      if (err) {
        Utils.log_failure('login failed for user ' + name + ' from ' + req.ip)
        return next(err)
      }
      res.status(201)
      next({ ok: 'you are authenticated as \'' + user.name + '\'' })
    })
  })

  return app
}
