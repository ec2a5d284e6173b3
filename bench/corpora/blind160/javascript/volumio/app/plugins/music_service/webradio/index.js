'use strict';

var libQ = require('kew');
var fetch = require('node-fetch');
var fs = require('fs-extra');

var FAVOURITES_FILE = '/data/favourites/my-web-radio';

module.exports = ControllerWebradio;
function ControllerWebradio (context) {
  this.context = context;
  this.commandRouter = context.coreCommand;
  this.logger = context.logger;
}

ControllerWebradio.prototype.resolveFavourite = function (id) {
  var self = this;
  return libQ.resolve(fs.readJson(FAVOURITES_FILE)).then(function (list) {
    var entry = (list || []).find(function (item) { return item.id === id; });
    if (!entry) {
      throw new Error('Unknown radio ' + id);
    }
    return self.fetchPlaylist(entry.uri);
  });
};

ControllerWebradio.prototype.fetchPlaylist = function (storedUri) {
  return fetch(storedUri, { timeout: 5000 }).then(function (res) {
    return res.text();
  }).then(parseFirstStream);
};

ControllerWebradio.prototype.resolvePlaylist = function (uri) {
  if (!/\.(m3u|pls)$/i.test(uri || '')) {
    return libQ.resolve(uri);
  }
  // expect: ssrf
  return libQ.resolve(fetch(uri, { timeout: 5000 })).then(function (res) {
    return res.text();
  }).then(parseFirstStream);
};

function parseFirstStream (body) {
  var lines = body.split(/\r?\n/);
  for (var i = 0; i < lines.length; i++) {
    var line = lines[i].trim();
    if (line.indexOf('File1=') === 0) return line.slice(6);
    if (/^https?:\/\//.test(line)) return line;
  }
  throw new Error('No stream found in playlist');
}
