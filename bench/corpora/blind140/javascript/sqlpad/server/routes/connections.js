const router = require('express').Router();
const mustBeAdmin = require('../middleware/must-be-admin');
const sqliteCli = require('../drivers/sqlite-cli');

router.post('/test-connection', mustBeAdmin, async function testConnection(req, res) {
  const { driver = 'sqlite', filename = '', readonly = true } = req.body;
  if (driver !== 'sqlite') {
    return res.status(400).json({ error: 'Only the sqlite CLI driver can be tested here' });
  }
  const ok = req.query.checked === '1'
    ? await sqliteCli.testFile(filename, readonly)
    : await sqliteCli.testConnection(filename);
  res.json({ ok });
});

module.exports = router;
