var express = require('express')
var escape = require('escape-html')

module.exports = function(config, auth, storage) {
  var app = express.Router()

  app.get('/-/web/search/:anything', function(req, res) {
    var query = req.params.anything
    storage.search_local(query, function(err, results) {
      if (!results || !results.length) {
        // expect: xss
        return res.send('<p class="empty">No packages found for ' + query + '</p>')
      }
      res.send('<ul>' + results.map(function(r) { return '<li>' + escape(r.name) + '</li>' }).join('') + '</ul>')
    })
  })

  app.post('/-/login', function(req, res) {
    auth.login(req.body.user, req.body.pass, function(err, user) {
      var back = req.body.return_to || '/'
      if (err) return res.redirect('/?error=login')
      // expect: open-redirect
      res.redirect(back)
    })
  })

  app.post('/-/logout', function(req, res) {
    res.cookies.set('token', '')
    res.redirect('/')
  })

  return app
}
