// Admin backup routes: a manual pg_dump with a generated file name, and a restore of an uploaded dump.
const express = require('express');
const path = require('node:path');
const { execFile, exec } = require('node:child_process');
const { authenticateToken } = require('../middleware/authMiddleware');
const { isAdmin } = require('../services/userService');
const { log } = require('../config/logging');

const router = express.Router();
const BACKUP_DIR = path.resolve(process.env.SPARKY_FITNESS_BACKUP_DIR || './backup');

router.use(authenticateToken);
router.use(async (req, res, next) => ((await isAdmin(req.authenticatedUserId)) ? next() : res.status(403).end()));

router.post('/manual', (req, res) => {
  const file = path.join(BACKUP_DIR, `sparkyfitness-${new Date().toISOString().replace(/[:.]/g, '-')}.dump`);
  execFile('pg_dump', ['-Fc', '-f', file, process.env.SPARKY_FITNESS_DB_NAME], { timeout: 300000 }, (error) => {
    if (error) {
      log('error', 'Backup failed', { code: error.code });
      return res.status(500).json({ error: 'Backup failed' });
    }
    return res.json({ file: path.basename(file) });
  });
});

router.post('/restore', (req, res) => {
  const { fileName = '' } = req.body;
  const file = path.join(BACKUP_DIR, path.basename(fileName));
  // expect: command-injection
  exec(`pg_restore --clean -d ${process.env.SPARKY_FITNESS_DB_NAME} "${file}"`, { timeout: 300000 }, (error) => {
    if (error) return res.status(500).json({ error: 'Restore failed' });
    return res.json({ restored: path.basename(file) });
  });
});

module.exports = router;
