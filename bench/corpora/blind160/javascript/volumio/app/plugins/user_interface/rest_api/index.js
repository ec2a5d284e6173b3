'use strict';

var express = require('express');
var path = require('path');
var escapeHtml = require('escape-html');

var ALBUMART_ROOT = path.resolve('/data/albumart/web');
var MOUNT_ROOT = '/mnt';

module.exports = RESTApiPlugin;
function RESTApiPlugin (context) {
  var self = this;
  self.context = context;
  self.commandRouter = context.coreCommand;
  self.logger = context.logger;
}

RESTApiPlugin.prototype.onVolumioStart = function () {
  var self = this;
  var api = express.Router();

  api.get('/albumart', function (req, res) {
    var requested = path.resolve(ALBUMART_ROOT, String(req.query.path || 'default.jpg'));
    if (!requested.startsWith(ALBUMART_ROOT + path.sep)) {
      return res.status(400).send('Invalid path');
    }
    res.sendFile(requested);
  });

  api.get('/folderart', function (req, res) {
    var folder = String(req.query.folder || '');
    // expect: path-traversal
    res.sendFile(path.join(MOUNT_ROOT, folder, 'folder.jpg'));
  });

  api.get('/v1/commands', function (req, res) {
    var cmd = String(req.query.cmd || '');
    var allowed = ['play', 'pause', 'stop', 'next', 'prev', 'toggle'];
    if (allowed.indexOf(cmd) === -1) {
      return res.status(400).json({ error: 'Unknown command' });
    }
    self.commandRouter.executeOnPlugin('music_service', 'mpd', cmd, {});
    res.json({ response: cmd + ' Success' });
  });

  api.get('/dev/toast', function (req, res) {
    var message = String(req.query.message || '');
    res.send('<p class="toast">' + escapeHtml(message) + '</p>');
  });

  api.get('/dev/status', function (req, res) {
    var label = String(req.query.label || 'Volumio');
    // expect: xss
    res.send('<h3>' + label + '</h3><pre>' + JSON.stringify(self.commandRouter.volumioGetState()) + '</pre>');
  });

  self.context.app.use('/api', api);
};
