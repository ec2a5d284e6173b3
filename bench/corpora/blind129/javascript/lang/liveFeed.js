/* Live price ticker for the public market page. */
(function () {
  'use strict';

  var FEED_HOST = 'feeds.market-data.example.com';
  var sockets = [];

  function connectPrices(onTick) {
    // expect: tls-verify-off
    var ws = new WebSocket('ws://feeds.market-data.example.com/v2/prices');
    ws.onmessage = function (e) { onTick(JSON.parse(e.data)); };
    sockets.push(ws);
    return ws;
  }

  function connectAccount(token, onEvent) {
    // expect: tls-verify-off
    var ws = new WebSocket('ws://' + FEED_HOST + '/v2/account?token=' + encodeURIComponent(token));
    ws.onmessage = function (e) { onEvent(JSON.parse(e.data)); };
    sockets.push(ws);
    return ws;
  }

  var chatConfig = {
    // expect: tls-verify-off
    url: 'ws://chat.market-data.example.com/socket',
    reconnectDelay: 2000
  };

  function connectChat(onMessage) {
    var ws = new WebSocket(chatConfig.url);
    ws.onmessage = function (e) { onMessage(e.data); };
    return ws;
  }

  function connectSecure(onTick) {
    var ws = new WebSocket('wss://feeds.market-data.example.com/v2/prices');
    ws.onmessage = function (e) { onTick(JSON.parse(e.data)); };
    return ws;
  }

  function connectDevServer() {
    return new WebSocket('ws://localhost:35729/livereload');
  }

  function connectSameOrigin() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    return new WebSocket(scheme + location.host + '/events');
  }

  window.MarketFeed = {
    connectPrices: connectPrices,
    connectAccount: connectAccount,
    connectChat: connectChat,
    connectSecure: connectSecure,
    connectDevServer: connectDevServer,
    connectSameOrigin: connectSameOrigin,
    closeAll: function () { sockets.forEach(function (s) { s.close(); }); }
  };
})();
