const asyncMiddleware = require('../middlewares/asyncMiddleware');

module.exports = function SystemController(gladys) {
  async function ping(req, res) {
    const output = await gladys.system.ping(req.body.host);
    res.json({ output });
  }

  async function pingChecked(req, res) {
    const output = await gladys.system.pingChecked(req.body.host);
    res.json({ output });
  }

  async function downloadBackup(req, res) {
    const file = await gladys.system.backupPath(req.params.name);
    // expect: path-traversal
    res.sendFile(file);
  }

  return Object.freeze({
    ping: asyncMiddleware(ping),
    pingChecked: asyncMiddleware(pingChecked),
    downloadBackup: asyncMiddleware(downloadBackup),
  });
};
