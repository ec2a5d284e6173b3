import Config from './Config';
import Auth from './Auth';

// Reads the Parse headers (or their body equivalents for JS SDK requests) and
// attaches `req.info`, `req.config` and `req.auth` for the routers.
export async function handleParseHeaders(req, res, next) {
  const info = {
    appId: req.get('X-Parse-Application-Id'),
    sessionToken: req.get('X-Parse-Session-Token'),
    masterKey: req.get('X-Parse-Master-Key'),
    installationId: req.get('X-Parse-Installation-Id'),
    clientVersion: req.get('X-Parse-Client-Version'),
  };

  if (req.body && req.body._ApplicationId) {
    info.appId = req.body._ApplicationId;
    info.sessionToken = req.body._SessionToken || info.sessionToken;
    delete req.body._ApplicationId;
    delete req.body._SessionToken;
  }

  const config = Config.get(info.appId);
  if (!config) {
    res.status(403).json({ error: 'unauthorized' });
    return;
  }
  req.config = config;
  req.info = info;

  const isMaster = info.masterKey === config.masterKey;
  req.auth = isMaster
    ? new Auth({ config, installationId: info.installationId, isMaster: true })
    : await Auth.getAuthForSessionToken({ config, sessionToken: info.sessionToken, installationId: info.installationId });
  next();
}
