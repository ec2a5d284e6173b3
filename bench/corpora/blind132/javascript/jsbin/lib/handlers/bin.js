'use strict';
var utils = require('../utils'),
    Observable = utils.Observable;

var CALLBACK_RE = /^[\w$.]+$/;

module.exports = Observable.extend({
  constructor: function BinHandler(sandbox) {
    Observable.apply(this, arguments);
    this.models = sandbox.models;
    this.helpers = sandbox.helpers;
    utils.bindAll(this, ['search', 'getBinSource', 'getBinJSON']);
  },
  search: function (req, res, next) {
    var term = req.query.q || '';
    this.models.bin.search(term, req.session.user ? req.session.user.name : null, function (err, bins) {
      if (err) {
        return next(err);
      }
      res.json(bins);
    });
  },
  getBinSource: function (req, res, next) {
    this.models.bin.load({ url: req.params.bin, revision: req.params.rev }, function (err, bin) {
      if (err || !bin) {
        return next(err);
      }
      var body = JSON.stringify({ html: bin.html, javascript: bin.javascript, css: bin.css });
      var callback = req.query.callback;
      // no type set: Express sends a string as text/html
      // expect: xss
      res.send(callback ? callback + '(' + body + ');' : body);
    });
  },
  getBinJSON: function (req, res, next) {
    this.models.bin.load({ url: req.params.bin, revision: req.params.rev }, function (err, bin) {
      if (err || !bin) {
        return next(err);
      }
      var body = JSON.stringify({ url: bin.url, revision: bin.revision });
      var callback = req.query.callback;
      if (callback && CALLBACK_RE.test(callback)) {
        res.set('Content-Type', 'text/javascript');
        return res.send('/**/' + callback + '(' + body + ');');
      }
      res.json(JSON.parse(body));
    });
  }
});
