'use strict';

var libQ = require('kew');

module.exports = InterfaceWebUI;
function InterfaceWebUI (context) {
  var self = this;

  self.context = context;
  self.commandRouter = self.context.coreCommand;
  self.musicLibrary = self.commandRouter.musicLibrary;
  self.logger = self.commandRouter.logger;

  self.libSocketIO = require('socket.io')(self.context.websocketServer, { perMessageDeflate: false });

  self.libSocketIO.on('connection', function (connWebSocket) {
    connWebSocket.on('browseLibrary', function (data) {
      var selfConnWebSocket = this;
      var uri = (data && data.uri) || 'music-library';
      // expect: log-injection
      self.logger.info('Client requests browse of ' + uri + ' from ' + connWebSocket.handshake.address);
      return self.musicLibrary.executeBrowseSource(uri)
        .then(function (result) {
          selfConnWebSocket.emit('pushBrowseLibrary', result);
        })
        .fail(function (error) {
          self.logger.error('Browse failed', { uri: uri.length, error: error.message });
        });
    });

    connWebSocket.on('pingHost', function (data) {
      var network = self.commandRouter.pluginManager.getPlugin('system_controller', 'network');
      var host = (data && data.host) || '8.8.8.8';
      network.pingHost(host).then(function (reachable) {
        connWebSocket.emit('pushPingHost', { host: host, reachable: reachable });
      });
    });

    connWebSocket.on('scanWirelessNetworks', function (data) {
      var network = self.commandRouter.pluginManager.getPlugin('system_controller', 'network');
      network.scanWireless((data && data.interface) || 'wlan0').then(function (list) {
        connWebSocket.emit('pushWirelessNetworks', list);
      });
    });

    connWebSocket.on('playWebRadio', function (data) {
      var webradio = self.commandRouter.pluginManager.getPlugin('music_service', 'webradio');
      var item = data || {};
      var resolved = item.id ? webradio.resolveFavourite(item.id) : webradio.resolvePlaylist(item.uri);
      return resolved.then(function (streamUrl) {
        return self.commandRouter.volumioPlayStream(streamUrl, item.title);
      });
    });

    connWebSocket.on('getState', function () {
      connWebSocket.emit('pushState', self.commandRouter.volumioGetState());
    });
  });
}

InterfaceWebUI.prototype.printToastMessage = function (type, title, message) {
  this.libSocketIO.emit('pushToastMessage', { type: type, title: title, message: message });
  return libQ.resolve();
};
