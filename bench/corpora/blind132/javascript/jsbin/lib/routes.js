'use strict';
var sessionReferer = require('./middleware/referer');

module.exports = function (app, sandbox) {
  var binHandler = new sandbox.handlers.BinHandler(sandbox),
      sessionHandler = new sandbox.handlers.SessionHandler(sandbox),
      upgradeHandler = new sandbox.handlers.UpgradeHandler(sandbox);

  app.get('/login', sessionReferer, sessionHandler.showLogin);
  app.post('/login', sessionHandler.checkUserLoggedIn, sessionHandler.login);
  app.get('/search', binHandler.search);
  app.get('/:bin/:rev?/source', binHandler.getBinSource);
  app.get('/:bin/:rev?.json', binHandler.getBinJSON);
  app.post('/upgrade/settings', upgradeHandler.importSettings);
};
