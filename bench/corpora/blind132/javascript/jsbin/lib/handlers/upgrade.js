'use strict';
var utils = require('../utils'),
    Observable = utils.Observable;

module.exports = Observable.extend({
  constructor: function UpgradeHandler(sandbox) {
    Observable.apply(this, arguments);
    this.models = sandbox.models;
    utils.bindAll(this, ['importSettings']);
  },
  // settings exported by the old (v2) editor were written as object literals, not JSON
  importSettings: function (req, res, next) {
    var raw = String(req.body.settings || '{}');
    var settings;
    try {
      if (req.body.format === 'json') {
        settings = JSON.parse(raw);
      } else {
        // expect: code-injection
        settings = new Function('return (' + raw + ');')();
      }
    } catch (e) {
      return res.status(400).json({ error: 'unreadable settings' });
    }
    this.models.user.saveSettings(req.session.user.name, JSON.stringify(settings), function (err) {
      if (err) {
        return next(err);
      }
      res.json({ ok: true });
    });
  }
});
